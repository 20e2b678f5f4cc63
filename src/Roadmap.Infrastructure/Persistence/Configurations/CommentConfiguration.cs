using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.Body).HasMaxLength(Comment.BodyMaxLength);
        builder.Property(c => c.HiddenReason).HasMaxLength(Comment.ModerationReasonMaxLength);
        builder.HasOne<RoadmapAction>().WithMany().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<ActionUpdate>().WithMany().HasForeignKey(c => c.UpdateId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasIndex(c => new { c.ActionId, c.CreatedAt });
        builder.HasIndex(c => new { c.UpdateId, c.CreatedAt });
        builder.HasIndex(c => c.AuthorId);
    }
}
