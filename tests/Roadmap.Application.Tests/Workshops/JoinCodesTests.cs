using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Tests.Workshops;

public sealed class JoinCodesTests
{
    [Fact]
    public void NewCodesHaveSixCharactersFromTheAlphabet()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => JoinCodes.New()).ToList();

        Assert.All(codes, code => Assert.Matches("^[A-HJKMNP-Z2-9]{6}$", code));
    }

    [Theory]
    [InlineData('0')]
    [InlineData('O')]
    [InlineData('1')]
    [InlineData('I')]
    [InlineData('L')]
    public void AlphabetHasNoAmbiguousCharacter(char ambiguous)
    {
        Assert.DoesNotContain(ambiguous, JoinCodes.Alphabet);
    }

    [Theory]
    [InlineData("abc 23k", "ABC23K")]
    [InlineData("ABC-23K", "ABC23K")]
    [InlineData(" xyz789 ", "XYZ789")]
    public void NormalizeAcceptsWhatPeopleType(string typed, string expected)
    {
        Assert.Equal(expected, JoinCodes.Normalize(typed));
    }

    [Theory]
    [InlineData("ABC23")]
    [InlineData("ABC230")]
    [InlineData("ABCDEFG")]
    public void NormalizeRejectsWhatCannotBeACode(string typed)
    {
        Assert.Null(JoinCodes.Normalize(typed));
    }
}
