using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>A finished Suno track's ImageUri is an image the simulator serves, not a dead link.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class CoverArtTests
    {
        private readonly SimulatorFixture _fixture;

        public CoverArtTests(SimulatorFixture fixture) => _fixture = fixture;

        [Fact]
        public async Task EachTracksImageIsItsOwnWellFormedPng()
        {
            var done = await SunoTracks.FinishedAsync(_fixture.Client.Suno());
            using var http = new HttpClient();

            var images = await Task.WhenAll(done.Tracks.Select(async track =>
            {
                using var response = await http.GetAsync(track.ImageUri);
                response.EnsureSuccessStatusCode();
                Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
                return await response.Content.ReadAsByteArrayAsync();
            }));

            Assert.Equal(2, images.Length);
            Assert.All(images, image => Assert.Equal((64, 64), PngSize(image)));
            Assert.NotEqual(images[0], images[1]);
        }

        [Fact]
        public async Task AnImageOfNoTrackIsNotFound()
        {
            using var http = new HttpClient();

            using var response = await http.GetAsync(new Uri(_fixture.Simulator.BaseUri, "image/no-such-track"));

            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        }

        /// <summary>
        /// Reads a PNG as a decoder would (https://www.w3.org/TR/png/): signature, each chunk's CRC,
        /// an 8-bit RGB header, and image data that inflates to exactly one filtered row per line.
        /// </summary>
        private static (int Width, int Height) PngSize(byte[] png)
        {
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png.Take(8));
            var (width, height) = (0, 0);
            using var data = new MemoryStream();
            var offset = 8;
            string type;
            do
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
                var typeAndData = png.AsSpan(offset + 4, 4 + length);
                type = Encoding.ASCII.GetString(typeAndData[..4]);
                Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length)), Crc32(typeAndData));
                var content = typeAndData[4..];
                if (type == "IHDR")
                {
                    (width, height) = (BinaryPrimitives.ReadInt32BigEndian(content), BinaryPrimitives.ReadInt32BigEndian(content[4..]));
                    Assert.Equal(new byte[] { 8, 2, 0, 0, 0 }, content[8..].ToArray());
                }
                else if (type == "IDAT")
                {
                    data.Write(content);
                }

                offset += 12 + length;
            }
            while (type != "IEND");

            Assert.Equal(png.Length, offset);
            data.Position = 0;
            using var pixels = new MemoryStream();
            using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
            {
                zlib.CopyTo(pixels);
            }

            Assert.Equal(height * (1 + (width * 3)), pixels.Length);
            return (width, height);
        }

        // Bit by bit, as the PNG specification's sample code does before tabulating it.
        private static uint Crc32(ReadOnlySpan<byte> bytes)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in bytes)
            {
                crc ^= b;
                for (var bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
                }
            }

            return ~crc;
        }
    }
}
