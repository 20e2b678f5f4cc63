using Roadmap.Application.PersonalData.DeleteMyAccount;

namespace Roadmap.Application.Tests.PersonalData;

public sealed class MinutesRedactionTests
{
    [Fact]
    public void ReplacesTheNameAsWrittenEscapedAndRetypedInAnyCase()
    {
        const string minutes = "- Idée — *Anne\\_Martin*, 2 soutiens.\nMerci à ANNE_MARTIN et à Anne_Martin.";

        var redacted = MinutesRedaction.Redact(minutes, ["Anne_Martin"]);

        Assert.Equal("- Idée — *Participant·e supprimé·e*, 2 soutiens.\nMerci à Participant·e supprimé·e et à Participant·e supprimé·e.", redacted);
    }

    [Fact]
    public void LeavesAWordThatOnlyStartsWithTheName()
    {
        var redacted = MinutesRedaction.Redact("Marie et Mariette", ["Marie"]);

        Assert.Equal("Participant·e supprimé·e et Mariette", redacted);
    }
}
