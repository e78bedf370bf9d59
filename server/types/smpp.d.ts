// Types for the parts of `smpp` 0.5.1 (CommonJS, ships no types) that Baken uses: the client
// session, the server the tests start, PDUs, status codes and the GSM 03.38 coder.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer, Socket } from 'node:net';

  namespace smpp {
    /** A decoded text field: the package decodes by `data_coding` and splits off a UDH. */
    interface DecodedMessage {
      message: string | Buffer;
      udh?: Buffer[];
    }

    /** Fields given when building a PDU; mandatory fields left out get their defaults. */
    type PduOptions = Record<string, unknown>;

    class PDU {
      constructor(command: string, options?: PduOptions);
      command: string;
      command_id: number;
      command_status: number;
      sequence_number: number;
      system_id?: string;
      password?: string;
      message_id?: string;
      source_addr_ton?: number;
      source_addr_npi?: number;
      source_addr?: string;
      dest_addr_ton?: number;
      dest_addr_npi?: number;
      destination_addr?: string;
      esm_class?: number;
      registered_delivery?: number;
      data_coding?: number | null;
      short_message?: DecodedMessage | Buffer | string;
      message_payload?: DecodedMessage | Buffer | string;
      receipted_message_id?: string;
      message_state?: number;
      isResponse(): boolean;
      response(options?: PduOptions): PDU;
      toBuffer(): Buffer;
    }

    type ResponseCallback = (pdu: PDU) => void;
    type CommandShortcut = (
      options?: PduOptions,
      responseCallback?: ResponseCallback,
      sendCallback?: ResponseCallback,
    ) => boolean;

    class Session extends EventEmitter {
      socket: Socket;
      server?: Server;
      /** Writes the PDU; false when the socket is no longer writable. */
      send(pdu: PDU, responseCallback?: ResponseCallback, sendCallback?: ResponseCallback): boolean;
      close(callback?: () => void): void;
      destroy(callback?: () => void): void;
      pause(): void;
      resume(): void;
      bind_transceiver: CommandShortcut;
      submit_sm: CommandShortcut;
      deliver_sm: CommandShortcut;
      enquire_link: CommandShortcut;
      unbind: CommandShortcut;
    }

    class Server extends NetServer {
      sessions: Session[];
    }

    interface ConnectOptions {
      host: string;
      port: number;
      tls?: boolean;
      /** TLS options such as `ca` or `rejectUnauthorized` are handed to `tls.connect`. */
      [option: string]: unknown;
    }

    function connect(options: ConnectOptions, listener?: () => void): Session;
    function createServer(options: Record<string, unknown>, listener?: (session: Session) => void): Server;

    /** SMPP command_status values by name, e.g. `ESME_RINVDSTADR: 0x0b`. */
    const errors: Record<string, number>;

    const gsmCoder: {
      /** GSM 03.38 septets, one per byte (unpacked, as SMPP carries them with data_coding 0). */
      encode(text: string, shiftTable?: number): Buffer;
      decode(septets: Buffer | string, shiftTable?: number): string;
    };
  }

  export = smpp;
}
