import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import type { IncidentLocation, MapConfig } from '../../../../api/incident-locations-api';
import { providerHost, ThirdPartyContent } from '../../../../features/consent/third-party-content';
import { coordinatesOf } from './location-links';

/** The middle of the Netherlands, for a map without any placed location yet. */
const NETHERLANDS: L.LatLngTuple = [52.2, 5.3];

/** A text-only element: names are typed by people, so they never go in as HTML. */
function textElement(text: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
  return element;
}

interface MapProps {
  locations: IncidentLocation[];
  config: MapConfig & { tileUrl: string };
  label: string;
}

/**
 * The incident's places on a map from the configured tile server. Loaded on demand (Leaflet is
 * big); the list beside it stays the accessible way to reach every place. The tile server is a
 * third party that sees the viewer's IP address: without consent for third parties a placeholder
 * stands in its place and no tile is fetched (P3, P13).
 */
export function LocationsMap(props: MapProps) {
  return (
    <ThirdPartyContent provider={providerHost(props.config.tileUrl)}>
      <TileMap {...props} />
    </ThirdPartyContent>
  );
}

/** Leaflet positions its elements through the CSSOM, which the content security policy allows. */
function TileMap({ locations, config, label }: MapProps) {
  const container = useRef<HTMLElement>(null);
  const [map, setMap] = useState<{ map: L.Map; markers: L.LayerGroup }>();

  useEffect(() => {
    if (!container.current) return;
    const created = L.map(container.current, { scrollWheelZoom: false }).setView(NETHERLANDS, 7);
    L.tileLayer(config.tileUrl, { attribution: config.attribution ?? '', maxZoom: 19 }).addTo(created);
    setMap({ map: created, markers: L.layerGroup().addTo(created) });
    return () => {
      created.remove();
      setMap(undefined);
    };
  }, [config.tileUrl, config.attribution]);

  useEffect(() => {
    if (!map) return;
    map.markers.clearLayers();
    const points: L.LatLngTuple[] = [];
    for (const location of locations) {
      const coordinates = coordinatesOf(location);
      if (!coordinates) continue;
      const point: L.LatLngTuple = [coordinates.latitude, coordinates.longitude];
      points.push(point);
      L.marker(point, {
        icon: L.divIcon({
          className: 'locations-map__pin',
          iconSize: [24, 24],
          iconAnchor: [12, 29],
          popupAnchor: [0, -28],
        }),
        title: location.name,
        alt: location.name,
        keyboard: true,
      })
        .bindPopup(textElement(location.address ? `${location.name}, ${location.address}` : location.name))
        .addTo(map.markers);
    }
    if (points.length === 1 && points[0]) map.map.setView(points[0], 15);
    else if (points.length > 1) map.map.fitBounds(L.latLngBounds(points), { padding: [32, 32], maxZoom: 16 });
  }, [map, locations]);

  return <section ref={container} className="locations-map" aria-label={label} />;
}
