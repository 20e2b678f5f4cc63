using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Tests.Account;

/// <summary>Identity's token provider, counting the tokens it makes (reset links among them).</summary>
public sealed class CountingTokenProvider(
    IDataProtectionProvider protection, IOptions<DataProtectionTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<ApplicationUser>> logger, TokenCount count)
    : DataProtectorTokenProvider<ApplicationUser>(protection, options, logger)
{
    public override Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        count.Increment();
        return base.GenerateAsync(purpose, manager, user);
    }
}
