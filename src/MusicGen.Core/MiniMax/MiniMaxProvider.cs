using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Limits;
using MusicGen.Core.Providers;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using MusicGen.Core.Tagging;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;

namespace MusicGen.Core.MiniMax
{
    /// <summary>MiniMax music: one blocking request returns the finished audio; there is nothing to poll.</summary>
    public sealed partial class MiniMaxProvider : IMusicProvider
    {
        private const string GeneratePath = "v1/music_generation";
        private const string LyricsPath = "v1/lyrics_generation";
        private const string PreprocessPath = "v1/music_cover_preprocess";
        // Every MiniMax call makes something it may charge for; none is sent twice unless refused untaken.
        private static readonly TransientFailures PaidWork = new TransientFailures(RequestKind.PaidWork, MiniMaxErrorPolicy.Instance);
        // Generation runs inside the request and can take minutes (docs/vendor-contract.md §1.2: "use a long client timeout").
        private static readonly TimeSpan GenerationTimeout = TimeSpan.FromMinutes(10);
        private static readonly TimeSpan LyricsTimeout = TimeSpan.FromMinutes(2);

        private readonly MusicConnection _connection;
        private readonly IMusicHttpPipeline _http;
        private readonly CompletedTaskStore _completed;
        private readonly TrackTagger? _tagger;

        /// <param name="tagger">Tags a streamed song before it is published; null leaves it as streamed.</param>
        public MiniMaxProvider(MusicConnection connection, IMusicHttpPipeline http, CompletedTaskStore completed, TrackTagger? tagger = null)
        {
            _connection = connection;
            _http = http;
            _completed = completed;
            _tagger = tagger;
        }

        public MusicProvider Provider => MusicProvider.MiniMax;

        /// <summary>The model's requests per minute, per account.</summary>
        internal static RateLimitBudget Budget(string model, ApiKey key)
        {
            var limits = ModelLimits.FindMiniMax(model) ?? throw new ArgumentException($"Unknown MiniMax model '{model}'.", nameof(model));
            return new RateLimitBudget($"MiniMax/{limits.Model}/{key.Fingerprint}", limits.RequestsPerMinute, TimeSpan.FromMinutes(1));
        }

        public PreparedRequest PrepareGenerate(GenerateRequest request)
        {
            GenerateRequestValidator.Validate(request);
            var describes = request.Mode == GenerationMode.Description;
            var instrumental = request.Mode == GenerationMode.Instrumental || (describes && request.Instrumental);
            var body = new MiniMaxGenerateBody
            {
                Model = ModelLimits.FindMiniMax(request.Model)!.Model,
                Prompt = describes ? request.Prompt : request.Style,
                Lyrics = request.Mode == GenerationMode.Lyrics ? request.Lyrics : null,
                // Description mode: MiniMax writes the lyrics from the prompt.
                LyricsOptimizer = describes && !instrumental ? true : (bool?)null,
                IsInstrumental = instrumental ? true : (bool?)null,
                Stream = request.Stream,
                // A stream carries hex chunks only (docs/vendor-contract.md §2.11).
                OutputFormat = request.Stream ? MiniMaxAudioSettings.HexOutput : request.OutputFormat ?? MiniMaxAudioSettings.DefaultOutputFormat,
                AudioSetting = new MiniMaxAudioSetting
                {
                    SampleRate = request.SampleRate ?? MiniMaxAudioSettings.DefaultSampleRate,
                    Bitrate = request.Bitrate ?? MiniMaxAudioSettings.DefaultBitrate,
                    Format = request.AudioFormat ?? MiniMaxAudioSettings.DefaultFormat,
                },
            };
            return new PreparedRequest(Provider, MusicOperation.Generate, HttpMethod.Post, _connection.BaseUri, GeneratePath, JsonWire.Serialize(body), _connection.ApiKey, body.Model, request.Title)
            {
                Generate = request,
                Warnings = MiniMaxStructureTags.Warnings(body.Lyrics).ToList(),
            };
        }

        /// <summary>Validates a MiniMax cover and builds its body, for -WhatIf (a local file shows as a placeholder); sends nothing.</summary>
        public PreparedRequest PrepareCover(MiniMaxCoverRequest request)
        {
            MiniMaxCoverValidator.Validate(request);
            return CoverRequest(request, request.Source.Placeholder);
        }

        /// <summary>Sends a cover prepared by <see cref="PrepareCover"/>, once, reading a local reference now.</summary>
        public Task<MusicTask> CoverAsync(MiniMaxCoverRequest request, CancellationToken cancellationToken) =>
            GenerateAsync(CoverRequest(request, request.Source.ReadBase64()), cancellationToken);

        /// <summary>Validates a reference for preprocessing and builds the body, for -WhatIf; sends nothing.</summary>
        public PreparedRequest PreparePreprocess(MiniMaxCoverSource source)
        {
            MiniMaxCoverValidator.ValidateSource(source);
            return PreprocessRequest(source, source.Placeholder);
        }

        /// <summary>Analyses reference audio once: a cover feature id for 24 hours and the lyrics heard in it.</summary>
        public async Task<MusicCoverFeature> PreprocessAsync(MiniMaxCoverSource source, CancellationToken cancellationToken)
        {
            var prepared = PreprocessRequest(source, source.ReadBase64());
            using var message = VendorHttp.Request(HttpMethod.Post, _connection, PreprocessPath, Budget(MiniMaxCoverLimits.PreprocessModel, _connection.ApiKey), prepared.JsonBody, PaidWork);
            var response = await VendorHttp.SendAsync(_http.CreateApiClient(), message, Provider, GenerationTimeout, cancellationToken).ConfigureAwait(false);
            var root = MiniMaxEnvelope.Root(response, _connection.BaseUri);
            var featureId = root.Text("cover_feature_id") ?? throw MiniMaxEnvelope.Incomplete("a cover_feature_id");

            return new MusicCoverFeature
            {
                CoverFeatureId = featureId,
                ExpiresAt = DateTimeOffset.UtcNow + MiniMaxCoverLimits.FeatureLifetime,
                Lyrics = root.Text("formatted_lyrics") ?? "",
                Structure = root.Text("structure_result"),
                AudioDuration = root.Duration(Provider, TimeSpan.FromSeconds(1), "audio_duration"),
                Source = source.AudioUri?.AbsoluteUri ?? source.SourceFile!.FileName,
            };
        }

        private PreparedRequest CoverRequest(MiniMaxCoverRequest request, string? base64)
        {
            var body = new MiniMaxGenerateBody
            {
                Model = ModelLimits.FindMiniMax(request.Model)!.Model,
                Prompt = request.Prompt,
                Lyrics = request.Lyrics,
                OutputFormat = MiniMaxAudioSettings.DefaultOutputFormat,
                AudioSetting = DefaultAudioSetting(),
                AudioUrl = request.CoverFeatureId == null ? request.Source.AudioUri?.AbsoluteUri : null,
                AudioBase64 = request.CoverFeatureId == null ? base64 : null,
                CoverFeatureId = request.CoverFeatureId,
            };
            var title = request.TitleOrDefault;
            var song = new GenerateRequest { Mode = GenerationMode.Description, Model = body.Model, Prompt = request.Prompt, Lyrics = request.Lyrics, Title = title };
            return new PreparedRequest(Provider, MusicOperation.Cover, HttpMethod.Post, _connection.BaseUri, GeneratePath, JsonWire.Serialize(body), _connection.ApiKey, body.Model, title)
            {
                Generate = song,
            };
        }

        private PreparedRequest PreprocessRequest(MiniMaxCoverSource source, string? base64)
        {
            var body = new MiniMaxPreprocessBody { Model = MiniMaxCoverLimits.PreprocessModel, AudioUrl = source.AudioUri?.AbsoluteUri, AudioBase64 = base64 };
            return new PreparedRequest(Provider, MusicOperation.CoverPreprocess, HttpMethod.Post, _connection.BaseUri, PreprocessPath, JsonWire.Serialize(body), _connection.ApiKey,
                MiniMaxCoverLimits.PreprocessModel, title: null);
        }

        private static MiniMaxAudioSetting DefaultAudioSetting() => new MiniMaxAudioSetting
        {
            SampleRate = MiniMaxAudioSettings.DefaultSampleRate,
            Bitrate = MiniMaxAudioSettings.DefaultBitrate,
            Format = MiniMaxAudioSettings.DefaultFormat,
        };

        /// <summary>Validates a lyrics request and builds its body, for -WhatIf; sends nothing.</summary>
        public PreparedRequest PrepareLyrics(LyricsRequest request)
        {
            LyricsRequestValidator.Validate(request);
            var body = new MiniMaxLyricsBody
            {
                Mode = request.Mode == LyricsMode.Edit ? "edit" : "write_full_song",
                Prompt = string.IsNullOrEmpty(request.Prompt) ? null : request.Prompt,
                Lyrics = request.Mode == LyricsMode.Edit ? request.Lyrics : null,
                Title = request.Title,
            };
            return new PreparedRequest(Provider, MusicOperation.Lyrics, HttpMethod.Post, _connection.BaseUri, LyricsPath, JsonWire.Serialize(body), _connection.ApiKey, "lyrics_generation", request.Title);
        }

        /// <summary>Writes lyrics (synchronous); their rate limit is undocumented, so none is applied.</summary>
        public async Task<MusicLyrics> WriteLyricsAsync(PreparedRequest request, CancellationToken cancellationToken)
        {
            using var message = VendorHttp.Request(HttpMethod.Post, _connection, LyricsPath, budget: null, request.JsonBody, PaidWork);
            var response = await VendorHttp.SendAsync(_http.CreateApiClient(), message, Provider, LyricsTimeout, cancellationToken).ConfigureAwait(false);
            var root = MiniMaxEnvelope.Root(response, _connection.BaseUri);
            var lyrics = root.Text("lyrics") ?? throw MiniMaxEnvelope.Incomplete("lyrics");
            return new MusicLyrics
            {
                Title = root.Text("song_title") ?? request.Title ?? "",
                Style = root.Text("style_tags") ?? "",
                Lyrics = lyrics,
            };
        }

        public async Task<MusicTask> GenerateAsync(PreparedRequest request, CancellationToken cancellationToken)
        {
            if (request.Generate?.Stream == true)
            {
                throw new ArgumentException("A streamed generation goes to a file: use StreamToFileAsync.", nameof(request));
            }

            var model = request.Model;
            var submitted = DateTimeOffset.UtcNow;
            using var message = VendorHttp.Request(HttpMethod.Post, _connection, GeneratePath, Budget(model, _connection.ApiKey), request.JsonBody, PaidWork);
            var response = await VendorHttp.SendAsync(_http.CreateApiClient(), message, Provider, GenerationTimeout, cancellationToken, ResponseLimits.JsonWithAudio).ConfigureAwait(false);
            var root = MiniMaxEnvelope.Root(response, _connection.BaseUri);
            var task = ToTask(root, request.Generate ?? throw new ArgumentException("Not a MiniMax generation request.", nameof(request)), request.Operation, model, submitted);
            _completed.Add(task);
            return task;
        }

        /// <summary>
        /// Generates with stream=true and writes the song to <paramref name="path"/> as it arrives,
        /// through a <see cref="PartialFile"/> published only when the stream completes: a
        /// cancelled, dropped or failed stream leaves no file, and an existing file stays until the
        /// new song replaces it in one step. Without <paramref name="replace"/> an existing file is
        /// refused before anything is sent.
        /// </summary>
        /// <param name="progress">Bytes written so far; called from the streaming thread.</param>
        public async Task<MusicTask> StreamToFileAsync(PreparedRequest request, string path, bool replace, Action<long>? progress, CancellationToken cancellationToken)
        {
            var generate = request.Generate ?? throw new ArgumentException("Not a MiniMax generation request.", nameof(request));
            var final = StreamTarget.Check(path, replace);
            var submitted = DateTimeOffset.UtcNow;
            using var file = PartialFile.Create(Path.GetDirectoryName(final)!, Path.GetFileName(final), AudioSizeLimit.MaxBytes, StreamTooLarge);
            var song = await StreamAsync(request, file, progress, cancellationToken).ConfigureAwait(false);
            var task = NewTask(generate, request.Operation, request.Model, submitted, song.TraceId, song.Duration, audioUri: null, audioData: null, final);
            // Tagged like a saved song, by what the content is, before any name points at it.
            if (_tagger != null && AudioContainer.FromContent(file.Head, file.HeadCount) is { } container)
            {
                await _tagger.TagAsync(file, container, task.Tracks[0], task, cancellationToken).ConfigureAwait(false);
            }

            if (!file.Publish(final, replace))
            {
                // -OutFile appeared while the paid song streamed: keep the song beside it, never nowhere.
                var taken = final;
                final = PublishBeside(file, final);
                Http.MusicDiagnostics.Warn($"'{taken}' appeared while the song streamed and was kept; the song was saved as '{final}'.");
                task = task.WithTracks(new[] { task.Tracks[0].OnDisk(final) });
            }

            _completed.Add(task);
            return task;
        }

        private static string PublishBeside(PartialFile file, string taken)
        {
            var folder = Path.GetDirectoryName(taken)!;
            var stem = Path.GetFileNameWithoutExtension(taken);
            var extension = Path.GetExtension(taken);
            for (var n = 2; ; n++)
            {
                var candidate = Path.Combine(folder, $"{stem} ({n}){extension}");
                if (file.Publish(candidate, replace: false))
                {
                    return candidate;
                }
            }
        }

        private static MusicGenException StreamTooLarge(long cap) =>
            new MusicGenException("MusicGen.MiniMax.StreamTooLarge", MusicErrorCategory.LimitsExceeded,
                $"MiniMax streamed more than {cap / 1_000_000} MB, twice the longest song either vendor makes as uncompressed WAV; the stream was stopped and nothing was kept.")
            {
                Provider = MusicProvider.MiniMax,
            };

        private async Task<StreamedSong> StreamAsync(PreparedRequest request, PartialFile file, Action<long>? progress, CancellationToken cancellationToken)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(GenerationTimeout);
            using var message = VendorHttp.Request(HttpMethod.Post, _connection, GeneratePath, Budget(request.Model, _connection.ApiKey), request.JsonBody, PaidWork);
            using var response = await VendorHttp.OpenStreamAsync(_http.CreateApiClient(), message, Provider, GenerationTimeout, cancellationToken, deadline.Token,
                ResponseLimits.JsonWithAudio).ConfigureAwait(false);
            try
            {
                return await MiniMaxAudioStream.CopyAsync(response, _connection.BaseUri, file, progress, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw VendorHttp.TimedOut(message, Provider, GenerationTimeout);
            }
        }

        /// <summary>MiniMax takes local audio in the request itself, so there is nothing to upload first.</summary>
        public Task<MusicTask> UploadAndSubmitAsync(IReadOnlyList<ILocalFile> files, Func<IReadOnlyList<Uri>, PreparedRequest> prepare,
            Action<ILocalFile, long, long>? progress, CancellationToken cancellationToken) =>
            files.Count == 0 ? GenerateAsync(prepare(Array.Empty<Uri>()), cancellationToken) : throw NotOffered.By(Provider, "file-upload API", "Suno");

        // Suno's operations: refused before anything is sent.
        public PreparedRequest PrepareExtend(ExtendRequest request) => throw NotOffered.By(Provider, "extension", "Suno");

        public PreparedRequest PrepareCover(CoverRequest request) => throw NotOffered.By(Provider, "cover described as a song", "Suno");

        public PreparedRequest PrepareMashup(MashupRequest request) => throw NotOffered.By(Provider, "mashup", "Suno");

        public PreparedRequest PreparePersona(PersonaRequest request) => throw NotOffered.By(Provider, "persona", "Suno");

        public Task<MusicPersona> CreatePersonaAsync(PersonaRequest request, CancellationToken cancellationToken) => throw NotOffered.By(Provider, "persona", "Suno");

        // After the song (issue 20): Suno's operations on a finished song.
        public PreparedRequest PrepareStyleBoost(StyleBoostRequest request) => throw NotOffered.By(Provider, "style boost", "Suno");

        public Task<MusicStyle> BoostStyleAsync(StyleBoostRequest request, CancellationToken cancellationToken) => throw NotOffered.By(Provider, "style boost", "Suno");

        public PreparedRequest PrepareLyricTiming(LyricTimingRequest request) => throw NotOffered.By(Provider, "lyric timing", "Suno");

        public Task<MusicLyricTiming> GetLyricTimingAsync(LyricTimingRequest request, CancellationToken cancellationToken) => throw NotOffered.By(Provider, "lyric timing", "Suno");

        public PreparedRequest PrepareAddAudio(AddAudioRequest request) => throw NotOffered.By(Provider, request.Part == AddedPart.Vocals ? "added vocals" : "added instrumental", "Suno");

        public PreparedRequest PrepareSection(SectionRequest request) => throw NotOffered.By(Provider, "section replacement", "Suno");

        public PreparedRequest PrepareSound(SoundRequest request) => throw NotOffered.By(Provider, "sound generation", "Suno");

        // Nor has it another free call that needs a key, so Connect-MusicService -Validate cannot check a MiniMax key.
        public Task<MusicCreditBalance> GetCreditsAsync(CancellationToken cancellationToken) =>
            throw NotOffered.By(Provider, "credit balance call", "Suno", "A MiniMax key is checked by its first request.");

        public Task<MusicTask> GetTaskAsync(string taskId, CancellationToken cancellationToken)
        {
            var task = _completed.Find(taskId) ?? throw new MusicGenException("MusicGen.MiniMax.TaskNotFound", MusicErrorCategory.ObjectNotFound,
                $"No MiniMax result '{taskId}' in this session. MiniMax answers synchronously and keeps no task to look up; New-MusicTrack returned the result when it was made.")
            {
                Provider = Provider,
                TaskId = taskId,
            };
            return Task.FromResult(task);
        }

        private static MusicTask ToTask(JsonElement root, GenerateRequest request, MusicOperation operation, string model, DateTimeOffset submitted)
        {
            var audio = MiniMaxEnvelope.FinishedAudio(root);
            // Hex has no ':'; anything with a scheme is a URL, and only an http(s) one is taken.
            var audioUri = audio.IndexOf(':') >= 0 ? root.Field("data")!.Value.HttpUri(MusicProvider.MiniMax, "audio", "audio_url") : null;
            return NewTask(request, operation, model, submitted, root.Id(MusicProvider.MiniMax, "trace_id"),
                root.Field("extra_info")?.Duration(MusicProvider.MiniMax, TimeSpan.FromMilliseconds(1), "music_duration"),
                audioUri, audioUri == null ? HexAudio.Decode(audio) : null, filePath: null);
        }

        private static MusicTask NewTask(GenerateRequest request, MusicOperation operation, string model, DateTimeOffset submitted, string? traceId, TimeSpan? duration,
            Uri? audioUri, byte[]? audioData, string? filePath)
        {
            var taskId = traceId ?? Guid.NewGuid().ToString("N");
            var completed = DateTimeOffset.UtcNow;
            var track = new MusicTrack
            {
                Provider = MusicProvider.MiniMax,
                TaskId = taskId,
                Id = taskId,
                Title = request.Title,
                Style = request.Mode == GenerationMode.Description ? request.Prompt : request.Style,
                Lyrics = request.Lyrics,
                Duration = duration,
                AudioUri = audioUri,
                AudioData = audioData,
                FilePath = filePath,
                AudioFormat = request.AudioFormat ?? MiniMaxAudioSettings.DefaultFormat,
                Model = model,
                CreatedAt = completed,
                ExpiresAt = audioUri != null ? completed + MiniMaxAudioSettings.UrlLifetime : (DateTimeOffset?)null,
            };
            return new MusicTask
            {
                Provider = MusicProvider.MiniMax,
                TaskId = taskId,
                Operation = operation,
                Model = model,
                Title = request.Title,
                Status = MusicTaskStatus.Succeeded,
                VendorStatus = "COMPLETED",
                Tracks = new[] { track },
                SubmittedAt = submitted,
                CompletedAt = completed,
            };
        }
    }
}
