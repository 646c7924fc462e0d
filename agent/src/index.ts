/** The agent as a library: the hub's demo runs one in-process around the simulated board; tests drive its parts. */
export { Agent, type AgentOptions } from './agent.ts';
export { parseAgentConfig, loadAgentConfig, linkUrl, AgentConfigError, type AgentConfig } from './config.ts';
export { Controller, agentFaults } from './controller.ts';
export {
  SimulatedDriver,
  SimulatedActionError,
  simulatorActions,
  type SimulatorAction,
  type SimulatedCompartmentInit,
  type SimulatedCompartmentState,
} from './drivers/simulated.ts';
export { createLogger, silentAgentLogger, type AgentLogger } from './logger.ts';
export {
  IdDocumentReadError,
  type IdDocumentReader,
  type IdDocumentReadFault,
  type OldDocumentReading,
} from './readers/id-document-reader.ts';
export {
  SimulatedIdDocumentReader,
  simulatedOldDocumentNumber,
  type SimulatedOldDocument,
} from './readers/simulated-id-document-reader.ts';
export { SimulatedCamera } from './cameras/simulated-camera.ts';
export { CameraError, type Camera, type CapturedImage, type CaptureContext } from './cameras/camera.ts';
