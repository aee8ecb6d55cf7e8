using System;
using System.Linq;
using MusicGen.Core.Extension;
using MusicGen.Core.Limits;
using Xunit;

namespace MusicGen.PowerShell.Tests
{
    /// <summary>Invoke-MusicExtend's declarations equal Core's limits table and extend modes.</summary>
    public sealed class InvokeMusicExtendDeclarationTests
    {
        private static readonly Type Cmdlet = Declared.Cmdlet("Invoke-MusicExtend");

        [Fact]
        public void EachSourceHasASetPerExtendMode()
        {
            var sets = Declared.Parameters(Cmdlet).Select(p => p.Set).Where(s => s != Declared.AllSets).Distinct().OrderBy(s => s);
            var modes = Enum.GetNames(typeof(ExtendMode)).Select(m => m == nameof(ExtendMode.Inherit) ? "" : m).ToList();
            var expected = new[] { "Track", "Id", "Uri", "Path" }.SelectMany(source => modes.Select(mode => source + mode)).OrderBy(s => s);
            Assert.Equal(expected, sets);
        }

        [Fact]
        public void ModelsAreEverySunoModelThatExtends() =>
            Assert.Equal(ModelLimits.Suno.Select(m => m.Model).OrderBy(m => m),
                Declared.ConstructorValues(Declared.Attribute(Declared.Property(Cmdlet, "Model"), "ValidateSetAttribute")!).Cast<string>().OrderBy(m => m));

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
        public void WeightRangesAreTheVendorsRange(string parameter) =>
            Assert.Equal(new object?[] { SunoWeights.Minimum, SunoWeights.Maximum },
                Declared.ConstructorValues(Declared.Attribute(Declared.Property(Cmdlet, parameter), "ValidateRangeAttribute")!));
    }
}
