/** The box's front for drawing, from its layout (the same shape the kiosk receives from the hub). */
import type { BoxDrawing, BoxLayout } from '@buergerpunkt/contracts';

export function drawingOf(layout: Pick<BoxLayout, 'columns'>): BoxDrawing {
  return {
    columns: layout.columns.map((column) =>
      column.compartments.map(({ number, bottomCm, heightCm }) => ({ number, bottomCm, heightCm })),
    ),
  };
}
