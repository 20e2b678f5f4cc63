using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence.Configurations;

/// <summary>
/// Workshops and their agenda. People are referenced by id without a foreign key to the accounts
/// (creator, co-facilitators, and the participant keys of the live tables), so deleting an account
/// is never blocked by a workshop it took part in.
/// </summary>
internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.Property(w => w.Title).HasMaxLength(Workshop.TitleMaxLength);
        builder.Property(w => w.VisioLink).HasMaxLength(Workshop.VisioLinkMaxLength);
        builder.Property(w => w.Address).HasMaxLength(Workshop.AddressMaxLength);
        builder.Property(w => w.CancelReason).HasMaxLength(Workshop.CancelReasonMaxLength);
        builder.Property(w => w.Minutes).HasMaxLength(Workshop.MinutesMaxLength);
        builder.Property(w => w.JoinCode).HasMaxLength(JoinCodes.Length).IsFixedLength();
        builder.HasIndex(w => w.JoinCode).IsUnique();
        builder.HasIndex(w => new { w.CreatedById, w.SubmissionKey }).IsUnique();
        builder.HasIndex(w => new { w.RoadmapId, w.StartsAt });
        builder.HasOne<TerritorialRoadmap>().WithMany().HasForeignKey(w => w.RoadmapId).OnDelete(DeleteBehavior.Cascade);
        builder.PrimitiveCollection(w => w.CoFacilitatorIds).HasField("_coFacilitatorIds");
        builder.Ignore(w => w.EndsAt);
        builder.Ignore(w => w.MinutesArePublished);

        builder.OwnsMany(w => w.Agenda, agenda =>
        {
            agenda.ToTable("WorkshopAgendaItems");
            agenda.WithOwner().HasForeignKey("WorkshopId");
            agenda.HasKey(i => i.Id);
            agenda.Property(i => i.Id).ValueGeneratedNever();
            agenda.Property(i => i.Topic).HasMaxLength(AgendaItem.TopicMaxLength);
            agenda.PrimitiveCollection(i => i.ActionIds).HasField("_actionIds");
        });
        builder.Navigation(w => w.Agenda).HasField("_agenda");
    }
}
