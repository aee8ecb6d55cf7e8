using System;
using System.Linq;
using MusicGen.Core.Generation;
using MusicGen.Core.Limits;
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

        [Fact]
        public void ThereIsOneParameterSetPerGenerationMode()
        {
            var sets = Declared.Parameters(Cmdlet).Select(p => p.Set).Where(s => s != Declared.AllSets).Distinct().OrderBy(s => s);
            Assert.Equal(GenerationModeRules.All.Select(r => r.Mode.ToString()).OrderBy(s => s), sets);
        }

        [Theory]
        [InlineData(GenerationMode.Description)]
        [InlineData(GenerationMode.Lyrics)]
        [InlineData(GenerationMode.Instrumental)]
        public void MandatoryParametersOfEachSetAreTheModesRequiredInputs(GenerationMode mode)
        {
            var rules = GenerationModeRules.For(mode);
            var inSet = Declared.Parameters(Cmdlet).Where(p => p.Set == mode.ToString()).ToList();
            Assert.Equal(rules.Required.OrderBy(x => x), inSet.Where(p => p.Mandatory).Select(p => p.Parameter).OrderBy(x => x));
            Assert.All(rules.Optional, optional => Assert.Contains(inSet, p => p.Parameter == optional && !p.Mandatory));
            Assert.DoesNotContain(Declared.Parameters(Cmdlet), p => p.Set == Declared.AllSets && p.Mandatory);
        }

        // Binding cannot know the model: only "not empty" is declared (see ValidateCharactersAttribute).
        [Theory]
        [InlineData("Prompt")]
        [InlineData("Lyrics")]
        [InlineData("Style")]
        [InlineData("Title")]
        public void TextLengthsAreLeftToCoreWhichNamesTheModel(string parameter) =>
            Assert.Equal(new object?[] { 1 }, Declared.TextLength(Cmdlet, parameter));

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
            AssertSet("Model", ModelLimits.TextToMusicModels);
            AssertSet("OutputFormat", MiniMaxAudioSettings.OutputFormats);
            AssertSet("AudioFormat", MiniMaxAudioSettings.Formats);
            AssertSet("SampleRate", MiniMaxAudioSettings.SampleRates.Select(r => r.ToString()));
            AssertSet("Bitrate", MiniMaxAudioSettings.Bitrates.Select(r => r.ToString()));
            Assert.Equal(typeof(VocalGender?), Declared.Property(Cmdlet, "VocalGender").PropertyType);
            Assert.Equal(new[] { "Female", "Male" }, Enum.GetNames(typeof(VocalGender)).OrderBy(x => x));
        }

        [Fact]
        public void PersonaIsOfferedOnlyInCustomMode() =>
            Assert.All(Declared.Parameters(Cmdlet).Where(p => p.Parameter.StartsWith("Persona", StringComparison.Ordinal)),
                p => Assert.True(GenerationModeRules.For((GenerationMode)Enum.Parse(typeof(GenerationMode), p.Set)).SunoCustomMode));

        private static void AssertSet(string parameter, System.Collections.Generic.IEnumerable<string> expected)
        {
            var set = Declared.Attribute(Declared.Property(Cmdlet, parameter), "ValidateSetAttribute")!;
            Assert.Equal(expected.OrderBy(x => x), Declared.ConstructorValues(set).Cast<string>().OrderBy(x => x));
        }
    }
}
