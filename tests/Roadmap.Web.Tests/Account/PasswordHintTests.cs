using Microsoft.AspNetCore.Identity;
using Roadmap.Web.Components.Account;

namespace Roadmap.Web.Tests.Account;

public sealed class PasswordHintTests
{
    [Fact]
    public void SaysTheLengthIdentityEnforces() =>
        Assert.StartsWith("Au moins 12 caractères, sans autre contrainte.", PasswordHint.For(new PasswordOptions { RequiredLength = 12 }), StringComparison.Ordinal);
}
