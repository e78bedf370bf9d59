import { z } from '@hono/zod-openapi';

const ZGroup = z.object({ heading: z.string(), items: z.array(z.string()) });
const ZMeasure = z.object({ id: z.string(), text: z.string() });
const ZParty = z.object({ name: z.string(), contact: z.array(z.string()), privacyOfficer: z.string() });

const ZRecipient = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['processor', 'independent']),
  role: z.string(),
  task: z.string(),
  dataKinds: z.string(),
  location: z.string(),
  transfer: z.enum(['inside-eea', 'outside-eea', 'not-established']),
  transferText: z.string(),
  safeguards: z.string(),
  agreementDate: z.string().nullable(),
});

const ZActivity = z
  .object({
    purposeId: z.string(),
    name: z.string(),
    description: z.string(),
    capacity: z.string(),
    legalBases: z.array(z.string()),
    basisNote: z.string(),
    dataSubjects: z.array(z.string()),
    personalData: z.array(ZGroup),
    recipients: z.array(ZRecipient),
    retention: z.array(ZGroup),
  })
  .openapi('ProcessingActivity');

export const ZProcessingRecords = z
  .object({
    language: z.enum(['nl', 'en']),
    generatedAt: z.iso.datetime(),
    statement: z.object({
      version: z.number().int(),
      publishedAt: z.iso.datetime(),
      registersChangedSincePublication: z.boolean(),
    }),
    controllerRecord: z.object({
      controller: ZParty,
      activities: z.array(ZActivity),
      thirdParties: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          recipient: z.string(),
          legalBases: z.array(z.string()),
          recorded: z.number().int(),
        }),
      ),
      securityMeasures: z.array(ZMeasure),
    }),
    processorRecord: z.object({
      processor: ZParty,
      activities: z.array(ZActivity),
      organisations: z.array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          customerSince: z.iso.datetime(),
          status: z.string(),
          contact: z.string(),
          securityMeasures: z.array(ZMeasure),
          disclosuresRecorded: z.number().int(),
        }),
      ),
      securityMeasures: z.array(ZMeasure),
    }),
  })
  .openapi('ProcessingRecords');
