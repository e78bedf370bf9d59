import PDFDocument from 'pdfkit';
import { toWinAnsi } from './pdf-text.js';

interface Style {
  font: 'Helvetica' | 'Helvetica-Bold' | 'Helvetica-Oblique';
  size: number;
  color: string;
}

export const STYLES = {
  title: { font: 'Helvetica-Bold', size: 20, color: '#111111' },
  heading: { font: 'Helvetica-Bold', size: 14, color: '#1f3a5f' },
  subheading: { font: 'Helvetica-Bold', size: 11, color: '#111111' },
  body: { font: 'Helvetica', size: 10, color: '#111111' },
  strong: { font: 'Helvetica-Bold', size: 10, color: '#111111' },
  /** Grey, for details beside bold text on the same line (same size, so the baselines line up). */
  muted: { font: 'Helvetica', size: 10, color: '#555555' },
  /** Small and grey, for a line of its own. */
  meta: { font: 'Helvetica', size: 8.5, color: '#555555' },
  note: { font: 'Helvetica-Oblique', size: 9, color: '#444444' },
  alert: { font: 'Helvetica-Bold', size: 10, color: '#b71c1c' },
} as const satisfies Record<string, Style>;

export type StyleName = keyof typeof STYLES;

/** A piece of a line in one style; runs are written one after another on the same line, in one size. */
export interface Run {
  text: string;
  style: StyleName;
}

export interface ReportPageOptions {
  title: string;
  language: string;
  /** "OEFENING" on a red band at the top of every page, or null for a real incident. */
  exerciseLabel: string | null;
  footerLeft: string;
  footerRight: (pageNumber: number) => string;
}

const EXERCISE_RED = '#c62828';
const MARGIN = 50;

/**
 * An A4 document that writes its pages out as they fill (no page buffering, so it streams), with
 * the exercise band and a footer with the page number drawn on every page as it starts.
 */
export class ReportPdfDocument {
  readonly doc: PDFKit.PDFDocument;
  private style: Style = STYLES.body;
  private pageNumber = 0;

  constructor(private readonly options: ReportPageOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: options.exerciseLabel ? 64 : 50, bottom: 56, left: MARGIN, right: MARGIN },
      autoFirstPage: false,
      lang: options.language,
      displayTitle: true,
      info: { Title: toWinAnsi(options.title), Creator: 'Baken' },
    });
    this.doc.on('pageAdded', () => this.decoratePage());
    this.doc.addPage();
  }

  get contentWidth() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** A new page when less than `height` points are left on this one. */
  ensureSpace(height: number) {
    if (this.doc.y + height > this.doc.page.maxY()) this.doc.addPage();
  }

  space(lines = 0.5) {
    this.doc.moveDown(lines);
  }

  /** A section heading, kept together with what follows, and a bookmark to it. */
  heading(text: string) {
    this.ensureSpace(80);
    if (this.doc.y > this.doc.page.margins.top) this.space(1);
    this.write([{ text, style: 'heading' }]);
    this.doc.outline.addItem(toWinAnsi(text));
    this.space(0.4);
  }

  /** A heading within a section, kept together with the first lines under it. */
  subheading(text: string) {
    this.ensureSpace(72);
    this.space(0.3);
    this.write([{ text, style: 'subheading' }]);
    this.space(0.2);
  }

  /** Runs of text on one line (wrapping as needed), starting `indent` points in from the margin. */
  write(runs: Run[], indent = 0) {
    const visible = runs.filter((run) => run.text !== '');
    const x = this.doc.page.margins.left + indent;
    const width = this.contentWidth - indent;
    visible.forEach((run, index) => {
      this.apply(STYLES[run.style]);
      const continued = index < visible.length - 1;
      if (index === 0) this.doc.text(toWinAnsi(run.text), x, this.doc.y, { width, continued });
      else this.doc.text(toWinAnsi(run.text), { width, continued });
    });
  }

  /** "Label: value" with the label in bold. */
  field(label: string, value: string, indent = 0) {
    if (value === '') return;
    this.write(
      [
        { text: `${label}: `, style: 'strong' },
        { text: value, style: 'body' },
      ],
      indent,
    );
  }

  /** A framed notice in red, for the exercise marking on the cover. */
  banner(text: string) {
    const { doc } = this;
    const height = 30;
    this.ensureSpace(height + 10);
    const top = doc.y;
    doc.save().rect(doc.page.margins.left, top, this.contentWidth, height).fill(EXERCISE_RED).restore();
    this.apply({ font: 'Helvetica-Bold', size: 14, color: '#ffffff' });
    doc.text(toWinAnsi(text), doc.page.margins.left, top + 9, { width: this.contentWidth, align: 'center' });
    doc.y = top + height + 8;
    this.apply(STYLES.body);
  }

  private apply(style: Style) {
    this.style = style;
    this.doc.font(style.font).fontSize(style.size).fillColor(style.color);
  }

  /**
   * Runs when a page starts, also in the middle of a paragraph that flows over: draws the band and
   * footer outside the text area, then puts position and style back so the text continues unchanged.
   */
  private decoratePage() {
    const { doc, options } = this;
    const { x, y } = doc;
    const style = this.style;
    const page = doc.page;
    const bottomMargin = page.margins.bottom;
    page.margins.bottom = 0; // text below the normal bottom margin would otherwise start a new page
    this.pageNumber += 1;
    if (options.exerciseLabel) {
      doc.save().rect(0, 0, page.width, 34).fill(EXERCISE_RED).restore();
      this.apply({ font: 'Helvetica-Bold', size: 13, color: '#ffffff' });
      const label = toWinAnsi(options.exerciseLabel);
      doc.text(`${label}   ${label}   ${label}`, 0, 11, {
        width: page.width,
        align: 'center',
        lineBreak: false,
      });
    }
    const footerY = page.height - 36;
    const half = (page.width - 2 * MARGIN) / 2;
    this.apply(STYLES.meta);
    doc.text(toWinAnsi(options.footerLeft), MARGIN, footerY, { width: half, height: 12, ellipsis: true });
    doc.text(toWinAnsi(options.footerRight(this.pageNumber)), MARGIN + half, footerY, {
      width: half,
      align: 'right',
      lineBreak: false,
    });
    page.margins.bottom = bottomMargin;
    doc.x = x;
    doc.y = y;
    this.apply(style);
  }
}
