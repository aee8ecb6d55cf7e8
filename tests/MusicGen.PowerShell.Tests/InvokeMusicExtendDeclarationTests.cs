using System;
using System.Linq;
using MusicGen.Core.Limits;
using MusicGen.Core.Suno;
using Xunit;

namespace MusicGen.PowerShell.Tests
{
    /// <summary>Invoke-MusicExtend's declarations equal Core's limits table and extend modes.</summary>
    public sealed class InvokeMusicExtendDeclarationTests
    {
        private static readonly Type Cmdlet = Declared.Cmdlet("Invoke-MusicExtend");

        [Fact]
        public void EachSourceIsASetWithItsOneMandatoryParameter()
        {
            var sets = Declared.Parameters(Cmdlet).Where(p => p.Set != Declared.AllSets).ToList();
            Assert.Equal(new[] { "Id", "Path", "Track", "Uri" }, sets.Select(p => p.Set).Distinct().OrderBy(s => s));
            Assert.All(sets.GroupBy(p => p.Set), set => Assert.Single(set, p => p.Mandatory));
            Assert.DoesNotContain(Declared.Parameters(Cmdlet), p => p.Set == Declared.AllSets && p.Mandatory);
        }

        [Fact]
        public void ModelsAreEverySunoModelThatExtends() =>
            Assert.Equal(ModelLimits.Suno.Select(m => m.Model).OrderBy(m => m), Declared.Models(Cmdlet));

        [Theory]
        [InlineData("Prompt")]
        [InlineData("Lyrics")]
        [InlineData("Style")]
        [InlineData("Title")]
        public void TextLengthsAreLeftToCoreWhichNamesTheModel(string parameter) =>
            Assert.Empty(Declared.TextLengthAttributes(Cmdlet, parameter));

        [Theory]
        [InlineData("StyleWeight")]
        [InlineData("WeirdnessConstraint")]
        [InlineData("AudioWeight")]
        public void WeightRangesAreTheVendorsRange(string parameter) =>
            Assert.Equal(new object?[] { SunoWeights.Minimum, SunoWeights.Maximum },
                Declared.ConstructorValues(Declared.Attribute(Declared.Property(Cmdlet, parameter), "ValidateRangeAttribute")!));
    }
}
