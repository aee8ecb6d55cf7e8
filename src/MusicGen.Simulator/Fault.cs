
namespace MusicGen.Simulator
{
    /// <summary>
    /// A misbehaviour for the next request(s) to <see cref="Path"/>: that exact path, or any path
    /// below it when it ends in '/' ("/audio/"). Tests queue them in-process
    /// (<see cref="FaultPlan"/>) or through POST /_simulator/faults.
    /// </summary>
    public sealed class Fault
    {
        public string Path { get; init; } = "/";
        /// <summary>How many matching requests it applies to.</summary>
        public int Times { get; init; } = 1;
        public int DelayMs { get; init; }
        /// <summary>Answer with this HTTP status and a non-JSON body (a gateway error page).</summary>
        public int? HttpStatus { get; init; }
        /// <summary>Answer HTTP 200 with this vendor code (Suno body code, MiniMax status_code).</summary>
        public int? VendorCode { get; init; }
        /// <summary>Answer HTTP 200 with exactly this body (hostile JSON: wrong types, missing fields).</summary>
        public string? Body { get; init; }
        /// <summary>Answer HTTP 200 with exactly these bytes as JSON (text a string cannot hold: bytes that are not UTF-8).</summary>
        public byte[]? BodyBytes { get; init; }
        /// <summary>Answer HTTP 200 with a JSON body this many bytes long (an answer over the client's cap).</summary>
        public int? OversizeBytes { get; init; }
        /// <summary>With OversizeBytes: announce no length and send the body chunked, so only reading it shows its size.</summary>
        public bool Chunked { get; init; }
        /// <summary>Answer HTTP 200 with a body that is not valid JSON.</summary>
        public bool Malformed { get; init; }
        /// <summary>Announce the full length, send half, then drop the connection.</summary>
        public bool Truncate { get; init; }
        /// <summary>Send the body in 4 KiB pieces with this many milliseconds between them (a slow download).</summary>
        public int DripMs { get; init; }
        /// <summary>Answer HTTP 200 audio/wav: a WAV header, then silence that never ends; a Content-Length only with <see cref="OversizeBytes"/>.</summary>
        public bool EndlessAudio { get; init; }
        /// <summary>Answer HTTP 302 with this Location (a redirect to file: or ftp:).</summary>
        public string? RedirectTo { get; init; }
        /// <summary>With DripMs: the size of each piece instead of 4 KiB (1 sends a small JSON answer byte by byte).</summary>
        public int? DripBytes { get; init; }
        /// <summary>Drop the connection without answering.</summary>
        public bool Reset { get; init; }
        /// <summary>Do the work (make the task, spend the credits), then drop the connection without answering.</summary>
        public bool ResetAfterAccept { get; init; }
        /// <summary>Suno generate only: the task ends in this failure status (e.g. SENSITIVE_WORD_ERROR).</summary>
        public string? TaskOutcome { get; init; }
        /// <summary>Suno submissions only: every callback of the task is delivered twice.</summary>
        public bool CallbackDuplicates { get; init; }
        /// <summary>Suno submissions only: the callbacks arrive together at completion, last stage first.</summary>
        public bool CallbackOutOfOrder { get; init; }
        /// <summary>Suno generate only: the task completes this long after submission instead of on the simulator's timeline.</summary>
        public int? CompleteAfterMs { get; init; }

        /// <summary>Serve the request as if no Range header had been sent (a server without range support).</summary>
        public bool IgnoreRange { get; init; }
        /// <summary>With HttpStatus or VendorCode: a Retry-After header of this many seconds.</summary>
        public int? RetryAfterSeconds { get; init; }
        /// <summary>MiniMax stream=true only: answer with plain JSON instead of server-sent events.</summary>
        public bool StreamAsJson { get; init; }
        /// <summary>MiniMax stream=true only: after one audio chunk, an event whose base_resp carries this status_code.</summary>
        public int? StreamErrorCode { get; init; }
        /// <summary>MiniMax stream=true only: the last (status 2) event repeats the whole song, as MiniMax's TTS stream does.</summary>
        public bool StreamRepeatsAudio { get; init; }
        /// <summary>MiniMax stream=true only: drop the connection after this many audio chunks.</summary>
        public int? StreamDropAfterChunks { get; init; }

        public bool ShapesResponse => HttpStatus != null || VendorCode != null || Malformed || Reset || Body != null || BodyBytes != null || OversizeBytes != null
            || EndlessAudio || RedirectTo != null;
    }
}
