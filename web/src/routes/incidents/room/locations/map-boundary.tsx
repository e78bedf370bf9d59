import { Component, type ReactNode } from 'react';

/** Shows `fallback` instead of the map when its code cannot be loaded (offline) or Leaflet fails. */
export class MapBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
