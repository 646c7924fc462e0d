/**
 * The demo tour "Rathaus Hohen Neuendorf — Büro des Bürgermeisters": three rooms whose panoramas are drawn here
 * (no photos can be shipped or downloaded) as simple equirectangular illustrations: walls, ceiling and floor of a
 * square room, a door, a window, furniture; rendered by sharp (in the image worker) from SVG into 4096 × 2048 JPEGs at seed time.
 */
import type { TourInput } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { systemPrincipal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { asBuffer, runImageJob } from '../map/image-process.ts';
import { storeImage } from '../map/media-images.ts';
import { insertTour } from './tour-service.ts';

const W = 4096;
const H = 2048;

const x = (yaw: number) => ((yaw + 180) / 360) * W;
const y = (pitch: number) => ((90 - pitch) / 180) * H;

/** Pitch (degrees) under which a room edge at height `h` (eye at 0, walls at distance 1) is seen at `yaw`. */
function edgePitch(yaw: number, h: number): number {
  const r = (yaw * Math.PI) / 180;
  const distance = 1 / Math.max(Math.abs(Math.cos(r)), Math.abs(Math.sin(r)));
  return (Math.atan(h / distance) * 180) / Math.PI;
}

function edgePath(h: number, toTop: boolean): string {
  const points: string[] = [];
  for (let yaw = -180; yaw <= 180; yaw += 2)
    points.push(`${x(yaw).toFixed(1)},${y(edgePitch(yaw, h)).toFixed(1)}`);
  const close = toTop ? `${W},0 0,0` : `${W},${H} 0,${H}`;
  return `<polygon points="${points.join(' ')} ${close}"/>`;
}

/** A flat thing on a wall, from yaw a to b and pitch low to high (distortion ignored: it is an illustration). */
function panel(a: number, b: number, low: number, high: number, fill: string, extra = ''): string {
  return `<rect x="${x(a)}" y="${y(high)}" width="${x(b) - x(a)}" height="${y(low) - y(high)}" fill="${fill}" ${extra}/>`;
}

interface RoomLook {
  wall: string;
  floor: string;
  ceiling: string;
  things: string;
}

function roomSvg(look: RoomLook): string {
  const corners = [-135, -45, 45, 135]
    .map(
      (yaw) =>
        `<line x1="${x(yaw)}" y1="${y(edgePitch(yaw, 1.2))}" x2="${x(yaw)}" y2="${y(edgePitch(yaw, -1.5))}" stroke="#00000040" stroke-width="6"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="${W}" height="${H}" fill="${look.wall}"/>
  <g fill="${look.ceiling}">${edgePath(1.2, true)}</g>
  <g fill="${look.floor}">${edgePath(-1.5, false)}</g>
  ${corners}
  ${look.things}
</svg>`;
}

const door = (yaw: number) =>
  panel(yaw - 12, yaw + 12, -45, 28, '#7a4a26', 'stroke="#4a2a10" stroke-width="8"');
const windowAt = (yaw: number) =>
  panel(yaw - 18, yaw + 18, -5, 30, '#bfe3ff', 'stroke="#ffffff" stroke-width="14"') +
  `<line x1="${x(yaw)}" y1="${y(30)}" x2="${x(yaw)}" y2="${y(-5)}" stroke="#ffffff" stroke-width="10"/>`;
const desk = (yaw: number) =>
  panel(yaw - 22, yaw + 22, -40, -22, '#8b5a2b') +
  panel(yaw - 20, yaw - 14, -58, -40, '#6b4020') +
  panel(yaw + 14, yaw + 20, -58, -40, '#6b4020');
const shelf = (yaw: number) =>
  panel(yaw - 15, yaw + 15, -50, 30, '#6b4a2b') +
  [22, 8, -6, -20, -34]
    .map((p, i) =>
      panel(yaw - 13, yaw + 13, p - 10, p, ['#b03a2e', '#2e6bb0', '#3a8f4a', '#c9a227', '#7d3c98'][i]!),
    )
    .join('');
const flag = (yaw: number) =>
  panel(yaw - 1, yaw + 1, -45, 25, '#555') +
  panel(yaw + 1, yaw + 12, 10, 25, '#d33') +
  panel(yaw + 1, yaw + 12, -5, 10, '#fff');
const table = (yaw: number, width: number) => panel(yaw - width, yaw + width, -38, -26, '#5d3a1a');
const portrait = (yaw: number) =>
  panel(yaw - 8, yaw + 8, 5, 30, '#c9b28a', 'stroke="#8a6d3b" stroke-width="10"');

const looks: Record<'anteroom' | 'office' | 'council', RoomLook> = {
  anteroom: {
    wall: '#e8e1d3',
    floor: '#9c8b74',
    ceiling: '#f7f5f0',
    things: door(0) + door(180) + windowAt(90) + desk(-90),
  },
  office: {
    wall: '#e3ead8',
    floor: '#8a6f52',
    ceiling: '#f7f7f2',
    things: door(180) + windowAt(0) + windowAt(50) + desk(-5) + shelf(-90) + flag(120) + portrait(90),
  },
  council: {
    wall: '#dde4ec',
    floor: '#7f8794',
    ceiling: '#f4f6f8',
    things: door(180) + windowAt(-90) + windowAt(-50) + table(0, 60) + portrait(90) + flag(30),
  },
};

async function drawPanorama(ctx: AppContext, look: RoomLook): Promise<string> {
  const { data } = await runImageJob({ op: 'svg-to-jpeg', svg: roomSvg(look), quality: 80 });
  const image = await storeImage(ctx, null, 'panorama', asBuffer(data), null, { demo: true });
  return image.id;
}

function text(de: string, ls: string, en: string) {
  return { de, ls, en };
}

export async function seedDemoTour(ctx: AppContext): Promise<string> {
  const [anteroom, office, council] = await Promise.all([
    drawPanorama(ctx, looks.anteroom),
    drawPanorama(ctx, looks.office),
    drawPanorama(ctx, looks.council),
  ]);
  const tour: TourInput = {
    title: text(
      'Rathaus Hohen Neuendorf — Büro des Bürgermeisters',
      'Das Büro vom Bürgermeister',
      'Hohen Neuendorf town hall — the mayor’s office',
    ),
    intro: text(
      'Ein Blick hinter die Türen des Rathauses. Die Räume sind gezeichnete Illustrationen für die Demo, keine Fotos.',
      'Schauen Sie in das Rathaus. Die Bilder sind gemalt. Es sind keine Fotos.',
      'A look behind the doors of the town hall. The rooms are drawn illustrations for the demo, not photos.',
    ),
    status: 'published',
    startRoomId: 'vorzimmer',
    rooms: [
      {
        id: 'vorzimmer',
        name: text('Vorzimmer', 'Vor-Zimmer', 'Anteroom'),
        description: text(
          'Hier kommen Besucherinnen und Besucher an und werden angemeldet.',
          'Hier kommen Sie zuerst an.',
          'Visitors arrive and are announced here.',
        ),
        panoramaId: anteroom,
        initialYaw: 0,
        hotspots: [
          {
            id: 'empfang',
            yaw: -90,
            pitch: -30,
            title: text('Empfang', 'Empfang', 'Reception'),
            text: text(
              'Das Sekretariat vereinbart Termine beim Bürgermeister und nimmt Anliegen auf.',
              'Hier können Sie einen Termin beim Bürgermeister machen.',
              'The office arranges appointments with the mayor and takes requests.',
            ),
            imageId: null,
          },
        ],
        links: [{ id: 'zum-buero', targetRoomId: 'buero', yaw: 0, pitch: -10 }],
      },
      {
        id: 'buero',
        name: text('Büro des Bürgermeisters', 'Büro vom Bürgermeister', 'The mayor’s office'),
        description: text(
          'Der Arbeitsplatz des Bürgermeisters mit Schreibtisch, Besprechungsecke und Blick auf die Oranienburger Straße.',
          'Hier arbeitet der Bürgermeister.',
          'The mayor’s workplace with desk and a view of Oranienburger Straße.',
        ),
        panoramaId: office,
        initialYaw: 0,
        hotspots: [
          {
            id: 'schreibtisch',
            yaw: -5,
            pitch: -30,
            title: text('Schreibtisch', 'Schreib-Tisch', 'Desk'),
            text: text(
              'Hier unterschreibt der Bürgermeister Urkunden, Verträge und Briefe an Bürgerinnen und Bürger.',
              'Hier schreibt der Bürgermeister Briefe.',
              'Here the mayor signs certificates, contracts and letters to citizens.',
            ),
            imageId: null,
          },
          {
            id: 'regal',
            yaw: -90,
            pitch: 0,
            title: text('Aktenregal', 'Regal mit Akten', 'Shelf'),
            text: text(
              'Beschlüsse der Stadtverordnetenversammlung und die Chronik der Stadt.',
              'Hier sind wichtige Papiere von der Stadt.',
              'Council resolutions and the town chronicle.',
            ),
            imageId: null,
          },
          {
            id: 'fahne',
            yaw: 125,
            pitch: 15,
            title: text('Stadtfahne', 'Fahne von der Stadt', 'Town flag'),
            text: text(
              'Die Fahne mit dem Stadtwappen wird bei offiziellen Anlässen gezeigt.',
              'Das ist die Fahne von Hohen Neuendorf.',
              'The flag with the town’s coat of arms is shown on official occasions.',
            ),
            imageId: null,
          },
        ],
        links: [
          { id: 'zum-vorzimmer', targetRoomId: 'vorzimmer', yaw: 180, pitch: -10 },
          { id: 'zum-saal', targetRoomId: 'saal', yaw: 90, pitch: -10 },
        ],
      },
      {
        id: 'saal',
        name: text('Sitzungssaal', 'Sitzungs-Saal', 'Council chamber'),
        description: text(
          'Hier tagen die Stadtverordneten und ihre Ausschüsse. Die Sitzungen sind öffentlich.',
          'Hier treffen sich die Stadt-Verordneten. Sie dürfen zuhören.',
          'The town council and its committees meet here; sessions are public.',
        ),
        panoramaId: council,
        initialYaw: 0,
        hotspots: [
          {
            id: 'ratstisch',
            yaw: 0,
            pitch: -30,
            title: text('Ratstisch', 'Großer Tisch', 'Council table'),
            text: text(
              'Am großen Tisch sitzen die Stadtverordneten. Zuhörerinnen und Zuhörer sind willkommen.',
              'Hier sitzen die Stadt-Verordneten.',
              'Councillors sit at the large table; the public is welcome.',
            ),
            imageId: null,
          },
        ],
        links: [{ id: 'zurueck-buero', targetRoomId: 'buero', yaw: 180, pitch: -10 }],
      },
    ],
  };
  const id = ctx.ids.newId();
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertTour(trx, id, tour, now, true);
    await recordAudit(trx, now, {
      actor: systemPrincipal.actor,
      action: 'demo.seed.tour',
      entityType: 'tour',
      entityId: id,
      data: { rooms: tour.rooms.length },
    });
  });
  return id;
}
