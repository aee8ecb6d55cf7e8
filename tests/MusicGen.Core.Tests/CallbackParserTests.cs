using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>The callback shapes of docs/vendor-contract.md §2.9, in the spellings the vendor mixes.</summary>
    public sealed class CallbackParserTests
    {
        private const string Complete = @"{""code"":200,""msg"":""All generated successfully."",
 ""data"":{""callbackType"":""complete"",""task_id"":""2fac9f72"",
  ""data"":[{""id"":""8551662c"",""audio_url"":""https://cdn.example.com/a.mp3"",""stream_audio_url"":""https://cdn.example.com/s"",
   ""image_url"":""https://cdn.example.com/a.jpeg"",""prompt"":""[Verse] iron"",""model_name"":""chirp-v3-5"",""title"":""Iron Man"",
   ""tags"":""electrifying, rock"",""createTime"":""2025-01-01 00:00:00"",""duration"":198.44}]}}";

        [Fact]
        public void ACompleteCallbackIsASucceededTaskWithItsTracks()
        {
            var callback = SunoCallbackParser.Parse(Complete);

            Assert.Equal("complete", callback.Stage);
            Assert.Equal(MusicTaskStatus.Succeeded, callback.Task.Status);
            var track = Assert.Single(callback.Task.Tracks);
            Assert.Equal("2fac9f72", track.TaskId);
            Assert.Equal("https://cdn.example.com/a.mp3", track.AudioUri!.AbsoluteUri);
            Assert.Equal("chirp-v3-5", track.Model);
            Assert.Equal("Iron Man", callback.Task.Title);
        }

        [Theory]
        [InlineData(@"""audio_url"":""https://cdn.example.com/new.mp3"",""source_audio_url"":""https://cdn.example.com/old.mp3""", "https://cdn.example.com/new.mp3")]
        [InlineData(@"""audio_url"":"""",""source_audio_url"":""https://cdn.example.com/old.mp3""", "https://cdn.example.com/old.mp3")]
        [InlineData(@"""source_audio_url"":""https://cdn.example.com/old.mp3""", "https://cdn.example.com/old.mp3")]
        public void AudioUrlWinsAndTheDeprecatedSourceAudioUrlIsReadOnlyWhenAlone(string fields, string expected)
        {
            var json = @"{""code"":200,""data"":{""callbackType"":""complete"",""task_id"":""t6"",""data"":[{""id"":""a"",""model_name"":""chirp-v6-wild-2026""," + fields + "}]}}";

            var track = Assert.Single(SunoCallbackParser.Parse(json).Task.Tracks);

            Assert.Equal(expected, track.AudioUri!.AbsoluteUri);
            Assert.Equal("chirp-v6-wild-2026", track.Model);
        }

        [Theory]
        [InlineData(@"{""code"":200,""msg"":""ok"",""data"":{""callbackType"":""text"",""task_id"":""t1"",""data"":[]}}", "text", MusicTaskStatus.TextReady)]
        [InlineData(@"{""CODE"":200,""Data"":{""CallbackType"":""FIRST"",""taskId"":""t1"",""data"":[{""id"":""a"",""audioUrl"":""https://x.example/a.mp3""}]}}", "first", MusicTaskStatus.FirstReady)]
        [InlineData(@"{""code"":531,""msg"":""credits refunded"",""data"":{""callbackType"":""error"",""task_id"":""t1"",""data"":null}}", "error", MusicTaskStatus.Failed)]
        [InlineData(@"{""code"":413,""msg"":""matches an existing work"",""data"":{""callbackType"":""complete"",""task_id"":""t1"",""data"":null}}", "complete", MusicTaskStatus.Failed)]
        public void EveryStageAndCasingIsRead(string json, string stage, MusicTaskStatus status)
        {
            var callback = SunoCallbackParser.Parse(json);

            Assert.Equal(stage, callback.Stage);
            Assert.Equal(status, callback.Task.Status);
            Assert.Equal("t1", callback.Task.TaskId);
            Assert.Equal(status == MusicTaskStatus.Failed ? callback.Code : (int?)null, callback.Task.ErrorCode);
        }

        [Fact]
        public void AWebhookEnvelopeIsOpenedWhetherItsBodyIsTextOrAnObject()
        {
            var asText = "{\"WebhookName\":\"music\",\"RequestBody\":" + System.Text.Json.JsonSerializer.Serialize(Complete) + "}";
            var asObject = "{\"WebhookName\":\"music\",\"RequestBody\":" + Complete + "}";

            Assert.Equal("2fac9f72", SunoCallbackParser.Parse(asText).Task.TaskId);
            Assert.Equal("2fac9f72", SunoCallbackParser.Parse(asObject).Task.TaskId);
        }

        // Wrong types were read as their JSON text: a task id of {"x":1}, a stage of "7".
        [Theory]
        [InlineData(@"{""code"":200,""data"":{""callbackType"":""complete"",""task_id"":{""x"":1},""data"":[]}}", "'data.task_id'")]
        [InlineData(@"{""code"":200,""data"":{""callbackType"":7,""task_id"":""t1"",""data"":[]}}", "'data.callbackType'")]
        [InlineData(@"{""code"":200,""data"":{""callbackType"":"""",""task_id"":""t1"",""data"":[]}}", "'data.callbackType'")]
        [InlineData(@"{""code"":{""a"":1},""data"":{""callbackType"":""complete"",""task_id"":""t1"",""data"":[]}}", "'code'")]
        [InlineData(@"{""code"":200.5,""data"":{""callbackType"":""complete"",""task_id"":""t1"",""data"":[]}}", "'code'")]
        [InlineData(@"{""code"":200,""data"":{""callbackType"":""complete"",""task_id"":""t1"",""data"":[{""id"":""a"",""title"":""\ud800""}]}}", "'data.data[0].title'")]
        public void AWrongTypeOrUnreadableTextIsRefusedNamingTheField(string json, string named)
        {
            var error = Assert.Throws<MusicGenException>(() => SunoCallbackParser.Parse(json));

            Assert.Equal("MusicGen.Callback.InvalidBody", error.ErrorId);
            Assert.Equal(MusicErrorCategory.InvalidData, error.Category);
            Assert.Contains(named, error.Message);
        }

        [Fact]
        public void TextThatIsNotUnicodeIsRefused()
        {
            var error = Assert.Throws<MusicGenException>(() => SunoCallbackParser.Parse("{\"code\":200,\"data\":{\"callbackType\":\"complete\",\"task_id\":\"t\ud800\"}}"));

            Assert.Equal("MusicGen.Callback.InvalidBody", error.ErrorId);
        }

        // A callback's tracks are read as record-info's are: a figure no song has is the vendor's malformed answer.
        [Theory]
        [InlineData(@"""duration"":1e308", "'duration'")]
        [InlineData(@"""duration"":""Infinity""", "'duration'")]
        [InlineData(@"""audio_url"":""file:///etc/passwd""", "'audioUrl'")]
        public void ATrackFieldNoSongCanHaveIsMalformedNamingTheField(string field, string named)
        {
            var error = Assert.Throws<MusicGenException>(() => SunoCallbackParser.Parse(
                @"{""code"":200,""data"":{""callbackType"":""complete"",""task_id"":""t1"",""data"":[{""id"":""a""," + field + "}]}}"));

            Assert.Equal("MusicGen.Suno.MalformedResponse", error.ErrorId);
            Assert.Equal(MusicErrorCategory.InvalidData, error.Category);
            Assert.Contains(named, error.Message);
        }

        [Theory]
        [InlineData("{\"code\":200,", "not JSON")]
        [InlineData("{\"code\":200}", "'data'")]
        [InlineData("{\"data\":{\"task_id\":\"t1\"}}", "data.callbackType")]
        [InlineData("{\"data\":{\"callbackType\":\"complete\"}}", "data.task_id")]
        public void ABrokenBodyIsInvalidDataNamingWhatIsMissing(string json, string named)
        {
            var error = Assert.Throws<MusicGenException>(() => SunoCallbackParser.Parse(json));

            Assert.Equal("MusicGen.Callback.InvalidBody", error.ErrorId);
            Assert.Equal(MusicErrorCategory.InvalidData, error.Category);
            Assert.Contains(named, error.Message);
        }
    }
}
