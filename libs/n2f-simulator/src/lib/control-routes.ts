import type { IncomingMessage } from 'node:http';
import type { ClockOptions } from './clock.js';
import type { SimulatorControls } from './controls.js';
import type { FaultOptions } from './fault-options.js';
import { failure, isReply, json, readJson, type Reply } from './http-io.js';
import { SimulatorOptionError } from './option-error.js';
import { SimulatorStateError } from './state-schema.js';
import type { SimulatorState } from './types.js';

/** Path prefix of the control surface; it needs no token, has no quota and is not logged. */
export const CONTROL_PREFIX = '/__simulator/';

const noContent: Reply = { status: 204, body: '' };

type ControlAction = (controls: SimulatorControls, body: unknown) => Reply;

// Bodies are validated by the controls themselves; the casts only hand them over.
const ACTIONS: Readonly<Record<string, ControlAction>> = {
  'GET state': (c) => json(200, c.state()),
  'PUT state': (c, body) => {
    c.setState(body as Partial<SimulatorState>);
    return noContent;
  },
  'GET requests': (c) => json(200, c.requests()),
  'DELETE requests': (c) => {
    c.clearRequests();
    return noContent;
  },
  'GET faults': (c) => json(200, c.faults()),
  'PUT faults': (c, body) => {
    c.setFaults(body as FaultOptions);
    return json(200, c.faults());
  },
  'GET clock': (c) => json(200, c.clock()),
  'PUT clock': (c, body) => {
    c.setClock(body as ClockOptions);
    return json(200, c.clock());
  },
};

/** Answers a control request: `GET|PUT state`, `GET|DELETE requests`, `GET|PUT faults`, `GET|PUT clock`. */
export async function answerControl(
  controls: SimulatorControls,
  req: IncomingMessage,
  name: string,
): Promise<Reply> {
  const method = req.method ?? 'GET';
  const action = ACTIONS[`${method} ${name.replace(/\/$/, '')}`];
  if (!action) return failure(404, `No such control endpoint: ${method} ${CONTROL_PREFIX}${name}`);
  const body = method === 'PUT' ? await readJson(req) : { value: undefined };
  if (isReply(body)) return body;
  try {
    return action(controls, body.value);
  } catch (error) {
    if (error instanceof SimulatorStateError)
      return failure(400, error.message, [{ field: error.path, message: error.message }]);
    if (error instanceof SimulatorOptionError)
      return failure(400, error.message, [{ field: error.option, message: error.message }]);
    throw error;
  }
}
