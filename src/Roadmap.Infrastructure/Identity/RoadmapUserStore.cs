using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Identity;

/// <summary>
/// Identity's store, but an update of an account this context already tracks saves only the columns that changed:
/// the base store marks every column modified, so a failed sign-in or a new security stamp would rewrite the
/// display name too, and the public page cache, which reads the SET list (decision 037), would be dropped for it.
/// </summary>
internal sealed class RoadmapUserStore(RoadmapDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<ApplicationUser, IdentityRole<Guid>, RoadmapDbContext, Guid>(context, describer)
{
    public override async Task<IdentityResult> UpdateAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Context.Entry(user).State == EntityState.Detached)
        {
            return await base.UpdateAsync(user, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        try
        {
            await SaveChanges(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
        }

        return IdentityResult.Success;
    }
}
