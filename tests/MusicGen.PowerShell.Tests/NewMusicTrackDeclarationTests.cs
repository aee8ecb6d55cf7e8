using System;
using System.Linq;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Suno;
using Xunit;

namespace MusicGen.PowerShell.Tests
{
    /// <summary>
    /// New-MusicTrack's declarations equal Core's mode table and limits table. How the engine binds
    /// them (rows, sets, -WhatIf) is proven in MusicGen.Engine.Tests.
    /// </summary>
    public sealed class NewMusicTrackDeclarationTests
    {
        private static readonly Type Cmdlet = Declared.Cmdlet("New-MusicTrack");

        // The mode is Core's to decide (SongInputs), which names what is missing or clashes;
        // parameter sets would answer "Parameter set cannot be resolved" instead.
        [Fact]
        public void NoParameterSetSplitsTheSongByMode() =>
            Assert.All(Declared.Parameters(Cmdlet), p => Assert.Equal(Declared.AllSets, p.Set));

        // Binding cannot know the model, and an empty CSV cell must reach Core to be named:
        // the song's texts declare no length and are not mandatory.
        [Theory]
        [InlineData("Prompt")]
        [InlineData("Lyrics")]
        [InlineData("Style")]
        [InlineData("Title")]
        public void TextLengthsAreLeftToCoreWhichNamesTheModel(string parameter)
        {
            Assert.Empty(Declared.TextLengthAttributes(Cmdlet, parameter));
            Assert.DoesNotContain(Declared.Parameters(Cmdlet), p => p.Parameter == parameter && p.Mandatory);
        }

        [Theory]
        [InlineData("StyleWeight")]
        [InlineData("WeirdnessConstraint")]
        [InlineData("AudioWeight")]
        public void WeightRangesAreTheVendorsRange(string parameter)
        {
            var range = Declared.Attribute(Declared.Property(Cmdlet, parameter), "ValidateRangeAttribute")!;
            Assert.Equal(new object?[] { SunoWeights.Minimum, SunoWeights.Maximum }, Declared.ConstructorValues(range));
        }

        [Fact]
        public void SetsEqualTheAllowedValues()
        {
            Assert.Equal(ModelLimits.TextToMusicModels.OrderBy(x => x), Declared.Models(Cmdlet));
            AssertSet("OutputFormat", MiniMaxAudioSettings.OutputFormats);
            AssertSet("AudioFormat", MiniMaxAudioSettings.Formats);
            AssertSet("SampleRate", MiniMaxAudioSettings.SampleRates.Select(r => r.ToString()));
            AssertSet("Bitrate", MiniMaxAudioSettings.Bitrates.Select(r => r.ToString()));
            Assert.Equal(typeof(VocalGender?), Declared.Property(Cmdlet, "VocalGender").PropertyType);
            Assert.Equal(new[] { "Female", "Male" }, Enum.GetNames(typeof(VocalGender)).OrderBy(x => x));
        }

        private static void AssertSet(string parameter, System.Collections.Generic.IEnumerable<string> expected)
        {
            var set = Declared.Attribute(Declared.Property(Cmdlet, parameter), "ValidateSetAttribute")!;
            Assert.Equal(expected.OrderBy(x => x), Declared.ConstructorValues(set).Cast<string>().OrderBy(x => x));
        }
    }
}
