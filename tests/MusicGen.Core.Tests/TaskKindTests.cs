using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Midi;
using MusicGen.Core.Suno;
using MusicGen.Core.Suno.Kinds;
using MusicGen.Core.Tasks;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>Suno's task kinds beyond songs (issue 20): each polled at its own record-info, its status field mapped, its results saved as real files.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class TaskKindTests : IDisposable
    {
        private readonly SimulatorFixture _fixture;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "musicgen-kinds-" + Guid.NewGuid().ToString("N"));

        public TaskKindTests(SimulatorFixture fixture) => _fixture = fixture;

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        [Theory]
        [InlineData(SplitMode.Vocals, "separate_vocal", new[] { "Vocals", "Instrumental" })]
        [InlineData(SplitMode.Stems, "split_stem", new[] { "Vocals", "BackingVocals", "Drums", "Bass", "Guitar", "Keyboard", "Strings", "Brass", "Woodwinds", "Percussion", "Synth", "FX" })]
        public async Task ASplitTrackIsATaskWhoseTracksAreTheStemsSavedAsWavNamedByStem(SplitMode mode, string wireType, string[] stems)
        {
            var suno = _fixture.Client.Suno();
            var song = await SunoTracks.FinishedAsync(suno, title: "Night Walk");
            var prepared = suno.PrepareSplit(new SplitRequest { TaskId = song.TaskId, AudioId = song.Tracks[0].Id, Mode = mode, Title = "Night Walk" });

            var submitted = await suno.SubmitTaskAsync(prepared, CancellationToken.None);
            var done = await UntilDone(submitted);

            Assert.Contains($"\"type\":\"{wireType}\"", prepared.JsonBody);
            Assert.Equal("api/v1/vocal-removal/generate", prepared.Uri.AbsolutePath.TrimStart('/'));
            Assert.Equal((MusicOperation.Split, MusicTaskStatus.Succeeded, "SUCCESS"), (done.Operation, done.Status, done.VendorStatus));
            Assert.Equal(stems.OrderBy(s => s), done.Tracks.Select(t => t.Stem).OrderBy(s => s));
            var saved = await SaveAll(done);
            Assert.All(saved, path => Assert.Equal("RIFF", Head(path, 4)));
            Assert.All(done.Tracks, t => Assert.Contains(saved, p => Path.GetFileName(p) == $"Night Walk-{t.Stem}-{t.Id}.wav"));
        }

        [Fact]
        public async Task ARestartedRunbookPollsAJournalledTaskAtItsKindsEndpointByIdAlone()
        {
            var suno = _fixture.Client.Suno();
            var song = await SunoTracks.FinishedAsync(suno);
            var prepared = suno.PrepareWav(new WavRequest { TaskId = song.TaskId, AudioId = song.Tracks[1].Id, Title = "Night Walk" });
            var admission = _fixture.Client.Ledger.Admit(prepared, "wav-" + Guid.NewGuid().ToString("N"));
            var (submitted, _) = await _fixture.Client.Ledger.SendAsync(admission, token => suno.SubmitTaskAsync(prepared, token), (e, t) => throw new InvalidOperationException(), CancellationToken.None);

            // Another process: a new client over the same journal, given only the id.
            var restarted = _fixture.NewClient();
            await UntilDone(submitted);
            var task = await restarted.GetTaskAsync(MusicProvider.Suno, submitted.TaskId, null, CancellationToken.None);

            Assert.Equal((MusicOperation.Wav, MusicTaskStatus.Succeeded), (task.Operation, task.Status));
            var wav = Assert.Single(task.Tracks);
            Assert.Equal(("Night Walk", song.Tracks[1].Id, "wav"), (wav.Title, wav.Id, wav.AudioFormat));
            Assert.Equal("RIFF", Head(Assert.Single(await SaveAll(task)), 4));
        }

        [Fact]
        public async Task MidiFromASeparationIsAStandardMidiFileWithOneTrackPerInstrument()
        {
            var suno = _fixture.Client.Suno();
            var song = await SunoTracks.FinishedAsync(suno);
            var split = await UntilDone(await suno.SubmitTaskAsync(suno.PrepareSplit(new SplitRequest { TaskId = song.TaskId, AudioId = song.Tracks[0].Id, Mode = SplitMode.Stems }), CancellationToken.None));

            var midi = await UntilDone(await suno.SubmitTaskAsync(suno.PrepareMidi(new MidiRequest { TaskId = split.TaskId, Title = "Night Walk" }), CancellationToken.None));

            var path = Assert.Single(await SaveAll(midi));
            Assert.EndsWith(".mid", path);
            var file = File.ReadAllBytes(path);
            Assert.Equal("MThd", Encoding.ASCII.GetString(file, 0, 4));
            var instruments = midi.Tracks[0].Style!.Split(", ");
            Assert.Equal(instruments.Length + 1, file[10] << 8 | file[11]);
            Assert.Equal(instruments.Length + 1, CountChunks(file, "MTrk"));
        }

        [Fact]
        public async Task MidiRefusesAMusicTaskBeforeSending()
        {
            var suno = _fixture.Client.Suno();
            var error = Assert.Throws<MusicValidationException>(() => suno.PrepareMidi(new MidiRequest { TaskId = "abc", SourceOperation = MusicOperation.Generate }));
            Assert.Equal(("TaskId", "MusicGen.Validation.WrongSource"), (error.ParameterName, error.ErrorId));
            Assert.Contains("Split-MusicTrack", error.Message);
        }

        [Fact]
        public async Task ArtworkIsMadeOnceARepeatReturnsTheSameTaskAndItsImagesArePng()
        {
            var suno = _fixture.Client.Suno();
            var song = await SunoTracks.FinishedAsync(suno);
            var warnings = new List<string>();
            using var sink = Http.MusicDiagnostics.Use(_ => { }, warnings.Add);

            var first = await suno.SubmitTaskAsync(suno.PrepareArtwork(new ArtworkRequest { TaskId = song.TaskId }), CancellationToken.None);
            var again = await suno.SubmitTaskAsync(suno.PrepareArtwork(new ArtworkRequest { TaskId = song.TaskId }), CancellationToken.None);
            var done = await UntilDone(again);

            Assert.Equal(first.TaskId, again.TaskId);
            Assert.Contains(warnings, w => w.Contains("once per music task"));
            Assert.Equal(2, done.Tracks.Count);
            Assert.All(await SaveAll(done), path => Assert.EndsWith(".png", path));
        }

        [Fact]
        public async Task AVideoIsAnMp4AndItsTextsAreCheckedBeforeSending()
        {
            var suno = _fixture.Client.Suno();
            var error = Assert.Throws<MusicValidationException>(() => suno.PrepareVideo(new VideoRequest { TaskId = "t", AudioId = "a", Author = new string('x', 51) }));
            Assert.Equal(("Author", "MusicGen.Validation.TooLong"), (error.ParameterName, error.ErrorId));
            Assert.Contains("at most 50", error.Message);
            Assert.Contains("mp4/generate", error.Message);

            var song = await SunoTracks.FinishedAsync(suno);
            var video = await UntilDone(await suno.SubmitTaskAsync(suno.PrepareVideo(new VideoRequest { TaskId = song.TaskId, AudioId = song.Tracks[0].Id, Author = "Ann", DomainName = "example.org" }), CancellationToken.None));

            var path = Assert.Single(await SaveAll(video));
            Assert.EndsWith(".mp4", path);
            Assert.Equal("ftyp", Encoding.ASCII.GetString(File.ReadAllBytes(path), 4, 4));
        }

        [Fact]
        public async Task ALyricsTaskHasOneMusicLyricsPerVariation()
        {
            var suno = _fixture.Client.Suno();
            Assert.Throws<MusicValidationException>(() => suno.PrepareLyrics(new SunoLyricsRequest { Prompt = new string('a', 201) }));

            var done = await UntilDone(await suno.SubmitTaskAsync(suno.PrepareLyrics(new SunoLyricsRequest { Prompt = "a quiet night in the city" }), CancellationToken.None));

            Assert.Equal(MusicOperation.Lyrics, done.Operation);
            Assert.Equal(2, done.Variations.Count);
            Assert.All(done.Variations, v => Assert.Equal(MusicProvider.Suno, v.Provider));
            Assert.All(done.Variations, v => Assert.Contains("[Verse]", v.Lyrics));
        }

        [Theory]
        [InlineData(0, MusicTaskStatus.Pending, MusicTaskStatus.Pending)]
        [InlineData(1, MusicTaskStatus.Succeeded, MusicTaskStatus.Succeeded)]
        [InlineData(2, MusicTaskStatus.Failed, MusicTaskStatus.Pending)]
        [InlineData(3, MusicTaskStatus.Failed, MusicTaskStatus.Failed)]
        public void TwoIsAFailureForMidiButStillGeneratingForArtwork(int flag, MusicTaskStatus midi, MusicTaskStatus artwork)
        {
            Assert.Equal(midi, SunoSuccessFlag.FromNumber(flag, SunoSuccessFlag.Two.Failed, "t", "MIDI"));
            Assert.Equal(artwork, SunoSuccessFlag.FromNumber(flag, SunoSuccessFlag.Two.Generating, "t", "artwork"));
        }

        [Theory]
        [InlineData("PENDING", false, MusicTaskStatus.Pending)]
        [InlineData("SUCCESS", true, MusicTaskStatus.Succeeded)]
        [InlineData("CREATE_TASK_FAILED", false, MusicTaskStatus.Failed)]
        [InlineData("GENERATE_WAV_FAILED", false, MusicTaskStatus.Failed)]
        [InlineData("GENERATE_MP4_FAILED", false, MusicTaskStatus.Failed)]
        [InlineData("SENSITIVE_WORD_ERROR", false, MusicTaskStatus.Failed)]
        [InlineData("CALLBACK_EXCEPTION", true, MusicTaskStatus.Succeeded)]
        [InlineData("CALLBACK_EXCEPTION", false, MusicTaskStatus.Failed)]
        public void StringStatusesMapToTheOneStatus(string flag, bool hasResult, MusicTaskStatus expected) =>
            Assert.Equal(expected, SunoSuccessFlag.FromText(flag, hasResult, "t", "WAV conversion"));

        [Theory]
        [InlineData("vocal_removal_info")]
        [InlineData("vocal_separation_info")]
        public void StemCallbacksOfBothDeploymentsParseIntoTheSameTask(string wrapper)
        {
            var json = "{\"code\":200,\"msg\":\"ok\",\"data\":{\"task_id\":\"t1\",\"" + wrapper + "\":{\"origin_url\":\"\",\"vocal_url\":\"https://x.test/v.mp3\",\"drums_url\":\"https://x.test/d.mp3\",\"bass_url\":null}}}";

            var callback = SunoCallbackParser.Parse(json);

            Assert.Equal(("t1", MusicOperation.Split, MusicTaskStatus.Succeeded), (callback.Task.TaskId, callback.Task.Operation, callback.Task.Status));
            Assert.Equal(new[] { "Vocals", "Drums" }, callback.Task.Tracks.Select(t => t.Stem));
        }

        [Theory]
        [InlineData("{\"code\":200,\"msg\":\"success\",\"data\":{\"audioWavUrl\":\"https://x.test/a.wav\",\"task_id\":\"w1\"}}", MusicOperation.Wav, 1)]
        [InlineData("{\"code\":200,\"msg\":\"success\",\"data\":{\"audio_wav_url\":\"https://x.test/a.wav\",\"task_id\":\"w1\"}}", MusicOperation.Wav, 1)]
        [InlineData("{\"code\":200,\"msg\":\"MP4 generated successfully.\",\"data\":{\"task_id\":\"w1\",\"video_url\":\"https://x.test/a.mp4\"}}", MusicOperation.Video, 1)]
        [InlineData("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"w1\",\"images\":[\"https://x.test/1.png\",\"https://x.test/2.png\"]}}", MusicOperation.Artwork, 2)]
        [InlineData("{\"code\":200,\"msg\":\"success\",\"data\":{\"state\":\"complete\",\"taskId\":\"w1\",\"instruments\":[{\"name\":\"Drums\",\"notes\":[{\"pitch\":73,\"start\":\"0.0364\",\"end\":0.1822,\"velocity\":1}]}]}}", MusicOperation.Midi, 1)]
        [InlineData("{\"code\":200,\"msg\":\"success\",\"task_id\":\"w1\",\"data\":{\"state\":\"complete\",\"instruments\":[{\"name\":\"Bass\",\"notes\":[{\"pitch\":44,\"start\":7.6,\"end\":7.9,\"velocity\":1}]}]}}", MusicOperation.Midi, 1)]
        public void EachKindsCallbackParsesIntoItsTask(string json, MusicOperation operation, int tracks)
        {
            var callback = SunoCallbackParser.Parse(json);

            Assert.Equal(("w1", operation, MusicTaskStatus.Succeeded, "complete"), (callback.Task.TaskId, callback.Task.Operation, callback.Task.Status, callback.Stage));
            Assert.Equal(tracks, callback.Task.Tracks.Count);
        }

        [Theory]
        [InlineData("{\"code\":200,\"msg\":\"All generated successfully.\",\"data\":{\"callbackType\":\"complete\",\"taskId\":\"l1\",\"data\":[{\"text\":\"[Verse] a\",\"title\":\"A\",\"status\":\"complete\",\"errorMessage\":\"\"},{\"text\":\"[Verse] b\",\"title\":\"B\",\"status\":\"complete\",\"errorMessage\":\"\"}]}}")]
        [InlineData("{\"code\":200,\"msg\":\"All generated successfully.\",\"data\":{\"callbackType\":\"complete\",\"task_id\":\"l1\",\"data\":[{\"text\":\"[Verse] a\",\"title\":\"A\",\"status\":\"complete\",\"error_message\":\"\"},{\"text\":\"[Verse] b\",\"title\":\"B\",\"status\":\"complete\",\"error_message\":\"\"}]}}")]
        [InlineData("{\"code\":200,\"msg\":\"All generated successfully.\",\"data\":{\"callbackType\":\"complete\",\"taskId\":\"l1\",\"lyricsData\":[{\"text\":\"[Verse] a\",\"title\":\"A\",\"status\":\"complete\"},{\"text\":\"[Verse] b\",\"title\":\"B\",\"status\":\"complete\"}]}}")]
        public void LyricsCallbacksOfEverySnapshotParseIntoVariations(string json)
        {
            var callback = SunoCallbackParser.Parse(json);

            Assert.Equal(("l1", MusicOperation.Lyrics), (callback.Task.TaskId, callback.Task.Operation));
            Assert.Equal(new[] { "A", "B" }, callback.Task.Variations.Select(v => v.Title));
        }

        [Fact]
        public void ASongsCallbackIsStillASongs()
        {
            var callback = SunoCallbackParser.Parse("{\"code\":200,\"msg\":\"ok\",\"data\":{\"callbackType\":\"complete\",\"task_id\":\"s1\",\"data\":[{\"id\":\"a1\",\"audio_url\":\"https://x.test/a.mp3\",\"title\":\"T\",\"prompt\":\"[Verse]\"}]}}");

            Assert.Equal(MusicOperation.Generate, callback.Task.Operation);
            Assert.Single(callback.Task.Tracks);
        }

        [Fact]
        public void TheMidiWriterWritesHeaderTempoAndOrderedNoteEvents()
        {
            var file = StandardMidiFile.Write(new[]
            {
                new MidiInstrument("Drums", new[] { new MidiNote(36, 0, 0.25, 1) }),
                new MidiInstrument("Electric Bass (finger)", new[] { new MidiNote(40, 0.5, 1.0, 0.5), new MidiNote(40, 0, 0.5, 0.5) }),
            });

            Assert.Equal("MThd", Encoding.ASCII.GetString(file, 0, 4));
            Assert.Equal(new byte[] { 0, 0, 0, 6, 0, 1, 0, 3, 0x01, 0xE0 }, file.Skip(4).Take(10).ToArray());
            Assert.Equal(3, CountChunks(file, "MTrk"));
            // Drums on channel 10 (0x99), the bass on channel 1 with GM program 33.
            Assert.Contains(file.Select((b, i) => (b, i)), p => p.b == 0x99 && file[p.i + 1] == 36);
            Assert.Contains(file.Select((b, i) => (b, i)), p => p.b == 0xC0 && file[p.i + 1] == 33);
            Assert.Equal(960, StandardMidiFile.Ticks(1.0));
            Assert.Equal(127, StandardMidiFile.Velocity(1));
        }

        [Fact]
        public void EveryRuleIsCheckedBeforeSendingNamingTheParameterAndTheEndpoint()
        {
            var suno = _fixture.Client.Suno();
            var missing = Assert.Throws<MusicValidationException>(() => suno.PrepareSplit(new SplitRequest { TaskId = "t" }));
            Assert.Equal("AudioId", missing.ParameterName);
            Assert.Contains("vocal-removal/generate", missing.Message);
            var blank = Assert.Throws<MusicValidationException>(() => suno.PrepareWav(new WavRequest { TaskId = " ", AudioId = "a" }));
            Assert.Equal("TaskId", blank.ParameterName);
            var notFinished = Assert.Throws<MusicValidationException>(() => suno.PrepareArtwork(new ArtworkRequest { TaskId = "t", SourceStatus = MusicTaskStatus.Pending }));
            Assert.Equal("MusicGen.Validation.NotFinished", notFinished.ErrorId);
            var minimax = Assert.ThrowsAny<MusicGenException>(() => _fixture.Client.MiniMax().PrepareSplit(new SplitRequest { TaskId = "t", AudioId = "a" }));
            Assert.Contains("Suno", minimax.Message);
        }

        private async Task<MusicTask> UntilDone(MusicTask task)
        {
            var suno = _fixture.Client.Suno();
            MusicTask current;
            do
            {
                await Task.Delay(20);
                current = await suno.GetTaskAsync(task.TaskId, task.Operation, CancellationToken.None);
            }
            while (!current.IsTerminal);

            return current.WithSubmissionDetails(task);
        }

        private async Task<List<string>> SaveAll(MusicTask task)
        {
            var batch = new SaveBatch();
            var saved = new List<string>();
            foreach (var track in TrackSaver.TracksOf(task))
            {
                saved.Add(await _fixture.Client.Saver.SaveAsync(track, task, new SaveOptions { Folder = _folder }, batch, null, CancellationToken.None));
            }

            return saved;
        }

        private static string Head(string path, int count) => Encoding.ASCII.GetString(File.ReadAllBytes(path), 0, count);

        private static int CountChunks(byte[] file, string type)
        {
            var count = 0;
            for (var offset = 0; offset + 8 <= file.Length;)
            {
                if (Encoding.ASCII.GetString(file, offset, 4) == type)
                {
                    count++;
                }

                offset += 8 + (file[offset + 4] << 24 | file[offset + 5] << 16 | file[offset + 6] << 8 | file[offset + 7]);
            }

            return count;
        }
    }
}
