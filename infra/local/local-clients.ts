import { inProcessOcr } from '../../functions/adapters/ocr/in-process-page-ocr.ts';
import { type Clients, createClients } from '../../functions/composition/root.ts';
import { type Endpoints, localClientConfig } from './client-config.ts';

/** SDK clients for the stand-ins. Scans are read in-process by the OCR function's handler: no Lambda here. */
export const localClients = (endpoints: Endpoints): Clients =>
  createClients({ ...localClientConfig(endpoints), ocr: inProcessOcr() });
