using System;
using System.Globalization;
using System.Linq;
using MusicGen.Core.Tagging;
using TagLib;
using Id3v2Tag = TagLib.Id3v2.Tag;

namespace MusicGen.Tagging
{
    /// <summary>
    /// Writes <see cref="TrackTags"/> with TagLibSharp, which rewrites only the tag region: an MP3's
    /// frames and a WAV's data chunk are copied as they are.
    /// MP3: an ID3v2.3 tag, the version every player reads (Windows Explorer and Media Player,
    /// iTunes, car stereos and phones; many read 2.4's UTF-8 and TDRC date poorly or not at all).
    /// WAV: a RIFF LIST/INFO chunk, which Windows Explorer, Media Player and ffmpeg read, and an
    /// "id3 " chunk with the full tag (lyrics, artwork, provenance), which foobar2000, MusicBee,
    /// Mp3tag, VLC, Apple Music and ffmpeg read.
    /// </summary>
    public sealed class TagLibTagWriter : ITagWriter
    {
        private const string Mp3 = ".mp3";
        private const string Wav = ".wav";
        // ISO 639-2 "undetermined": the vendors do not say which language lyrics are in.
        private const string Language = "und";

        static TagLibTagWriter()
        {
            // TagLibSharp's own statics: in its private load context they are MusicGen's alone.
            Id3v2Tag.DefaultVersion = 3;
            Id3v2Tag.ForceDefaultVersion = true;
            // A style is free text ("dreamy synthwave"); a player shows "(13)" for one that happens to match an ID3v1 genre.
            Id3v2Tag.UseNumericGenres = false;
        }

        public bool CanTag(string extension) =>
            string.Equals(extension, Mp3, StringComparison.OrdinalIgnoreCase) || string.Equals(extension, Wav, StringComparison.OrdinalIgnoreCase);

        public void Write(string path, string extension, TrackTags tags)
        {
            var mimeType = string.Equals(extension, Mp3, StringComparison.OrdinalIgnoreCase) ? "audio/mpeg" : "audio/wav";
            using var file = TagLib.File.Create(new TagLib.File.LocalFileAbstraction(path), mimeType, ReadStyle.None);
            var onDisk = file.TagTypesOnDisk;
            WriteId3v2((Id3v2Tag)file.GetTag(TagTypes.Id3v2, create: true), tags);
            if (file.GetTag(TagTypes.RiffInfo, create: true) is TagLib.Riff.InfoTag info)
            {
                WriteRiffInfo(info, tags);
            }

            // Only the tags asked for: TagLibSharp also prepares ID3v1 (MP3) and DivX/MovieID (RIFF)
            // tags, which would add bytes after the audio; any the file came with stay.
            file.RemoveTags((TagTypes.Id3v1 | TagTypes.Ape | TagTypes.DivX | TagTypes.MovieId) & ~onDisk);
            file.Save();
        }

        private static void WriteId3v2(Id3v2Tag tag, TrackTags tags)
        {
            tag.Title = tags.Title;
            tag.Genres = tags.Genre == null ? new string[0] : new[] { tags.Genre };
            tag.SetTextFrame("TSSE", tags.Encoder);
            if (tags.CreatedAt is { } created)
            {
                var utc = created.UtcDateTime;
                tag.SetTextFrame("TYER", utc.ToString("yyyy", CultureInfo.InvariantCulture));
                tag.SetTextFrame("TDAT", utc.ToString("ddMM", CultureInfo.InvariantCulture));
                tag.SetTextFrame("TIME", utc.ToString("HHmm", CultureInfo.InvariantCulture));
            }

            if (tags.Lyrics != null)
            {
                TagLib.Id3v2.UnsynchronisedLyricsFrame.Get(tag, "", Language, true).Text = tags.Lyrics;
            }

            if (tags.TimedLyrics.Count > 0)
            {
                var synced = TagLib.Id3v2.SynchronisedLyricsFrame.Get(tag, "", Language, TagLib.Id3v2.SynchedTextType.Lyrics, true);
                synced.Format = TagLib.Id3v2.TimestampFormat.AbsoluteMilliseconds;
                synced.Text = tags.TimedLyrics
                    .Select(line => new TagLib.Id3v2.SynchedText((long)line.Start.TotalMilliseconds, line.Text))
                    .ToArray();
            }

            TagLib.Id3v2.CommentsFrame.Get(tag, "", Language, true).Text = tags.Comment;
            foreach (var field in tags.Provenance)
            {
                TagLib.Id3v2.UserTextInformationFrame.Get(tag, field.Key, StringType.UTF16, true).Text = new[] { field.Value };
            }

            if (tags.Cover != null)
            {
                tag.Pictures = new IPicture[]
                {
                    new Picture(new ByteVector(tags.Cover.Data)) { Type = PictureType.FrontCover, MimeType = tags.Cover.MimeType, Description = "Cover" },
                };
            }
        }

        private static void WriteRiffInfo(TagLib.Riff.InfoTag info, TrackTags tags)
        {
            info.Title = tags.Title;
            info.Genres = tags.Genre == null ? new string[0] : new[] { tags.Genre };
            info.Comment = tags.Comment;
            info.SetValue("ISFT", tags.Encoder);
            if (tags.CreatedAt is { } created)
            {
                // ICRD: "the date the subject was created", year-month-day (RIFF specification, Microsoft 1991).
                info.SetValue("ICRD", created.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
