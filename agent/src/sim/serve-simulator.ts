/**
 * Runs a board simulator on its own, for demos and for trying the agent or the probe without hardware: a Kerong
 * CU16 or CU48 bus or a Modbus relay board, on a TCP port (like a serial-to-Ethernet bridge) and/or a pty pair.
 * Optionally a simulated person takes the item and closes the door some seconds after each unlock.
 *
 *   npm run agent:simulator -- --kerong --boards 0,1 --tcp 5000 --items 1,5 --person 3
 *   npm run agent:simulator -- --cu48 --boards 0,1 --tcp 5000 [--variant 0x60] [--answers-unlock]
 *   npm run agent:simulator -- --modbus --unit 1 --compartments 8 --pty
 *
 * Commissioning faults (Kerong): `--answers-unlock` (the boards answer an unlock with a status frame),
 * `--silent-while-pulsing MS` (they answer no status while driving a lock; the door opens when the pulse ends).
 */
import { parseArgs } from 'node:util';
import type { KerongBusSimulator } from './kerong-bus-simulator.ts';
import { KerongCu16Simulator } from './kerong-cu16-simulator.ts';
import { KerongCu48Simulator } from './kerong-cu48-simulator.ts';
import { ModbusRelaySimulator } from './modbus-relay-simulator.ts';
import { createPtyPair } from './pty-pair.ts';

const { values } = parseArgs({
  options: {
    kerong: { type: 'boolean', default: false },
    cu48: { type: 'boolean', default: false },
    variant: { type: 'string', default: '0x50' },
    'answers-unlock': { type: 'boolean', default: false },
    'silent-while-pulsing': { type: 'string', default: '0' },
    modbus: { type: 'boolean', default: false },
    boards: { type: 'string', default: '0' },
    unit: { type: 'string', default: '1' },
    compartments: { type: 'string', default: '8' },
    tcp: { type: 'string' },
    pty: { type: 'boolean', default: false },
    items: { type: 'string', default: '' },
    person: { type: 'string' },
  },
});

const numbers = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map(Number);
const personSeconds = values.person === undefined ? null : Number(values.person);
process.once('SIGINT', () => process.exit(0));
process.once('SIGTERM', () => process.exit(0));

/** The simulated person empties the compartment and shuts the door (if it is still open). */
function later(action: () => void): void {
  if (personSeconds === null) return;
  setTimeout(() => {
    try {
      action();
    } catch (error) {
      console.log(`person: ${(error as Error).message}`);
    }
  }, personSeconds * 1000);
}

async function wire(sim: KerongBusSimulator | ModbusRelaySimulator, baudRate: number): Promise<void> {
  if (values.tcp !== undefined) {
    const port = await sim.listenTcp(Number(values.tcp), '0.0.0.0');
    console.log(`listening on TCP port ${port}`);
  }
  if (values.pty || values.tcp === undefined) {
    const pair = await createPtyPair();
    await sim.openSerial(pair.simulatorPath, baudRate);
    console.log(`serial line for the driver: ${pair.driverPath}`);
    process.once('exit', () => void pair.close());
  }
}

if (values.modbus) {
  const count = Number(values.compartments);
  const sim = new ModbusRelaySimulator({
    unitId: Number(values.unit),
    compartments: Array.from({ length: count }, (_, i) => ({
      compartment: i + 1,
      coil: i,
      doorInput: i,
      occupancyInput: count + i,
    })),
  });
  for (const compartment of numbers(values.items)) {
    sim.forceDoor(compartment);
    sim.placeItem(compartment);
    sim.closeDoor(compartment);
  }
  sim.on('unlock', ({ compartment }: { compartment: number }) => {
    console.log(`relay: compartment ${compartment} released`);
    later(() => {
      sim.takeItem(compartment);
      sim.closeDoor(compartment);
      console.log(`person: took the item from compartment ${compartment} and closed the door`);
    });
  });
  await wire(sim, 9600);
  console.log(`Modbus relay board, unit ${values.unit}: compartments 1–${count} on coils 0–${count - 1}`);
} else {
  const boards = numbers(values.boards);
  const model = values.cu48 ? 'cu48' : 'cu16';
  const locks = values.cu48 ? 48 : 16;
  if (values.variant !== '0x50' && values.variant !== '0x60')
    throw new Error('--variant must be 0x50 or 0x60');
  const sim: KerongBusSimulator = values.cu48
    ? new KerongCu48Simulator({
        boards: boards.map((address) => ({ address })),
        protocolVariant: values.variant,
      })
    : new KerongCu16Simulator({ boards: boards.map((address) => ({ address })) });
  for (const address of boards) {
    sim.faults(address).answersUnlock = values['answers-unlock'];
    sim.faults(address).silentWhilePulsingMs = Number(values['silent-while-pulsing']);
  }
  const place = (compartment: number) => {
    const board = boards[Math.floor((compartment - 1) / locks)];
    if (board === undefined) throw new Error(`no board for compartment ${compartment}`);
    return { board, lock: ((compartment - 1) % locks) + 1 };
  };
  for (const compartment of numbers(values.items)) {
    const { board, lock } = place(compartment);
    sim.forceDoor(board, lock);
    sim.placeItem(board, lock);
    sim.closeDoor(board, lock);
  }
  sim.on('unlock', ({ board, lock }: { board: number; lock: number }) => {
    console.log(`${model}: board ${board} lock ${lock} released`);
    later(() => {
      sim.takeItem(board, lock);
      sim.closeDoor(board, lock);
      console.log(`person: took the item from board ${board} lock ${lock} and closed the door`);
    });
  });
  await wire(sim, 19200);
  console.log(
    `Kerong ${model.toUpperCase()} boards ${boards.join(', ')}${values.cu48 ? ` (variant ${values.variant})` : ''}: ` +
      `compartment n is board index ⌊(n-1)/${locks}⌋, lock (n-1)%${locks}+1`,
  );
}
