using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence.Configurations;

internal sealed class WorkshopBallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> builder)
    {
        builder.ToTable("WorkshopBallots");
        builder.Property(b => b.VoterKey).HasMaxLength(ParticipantIdentity.KeyMaxLength);
        builder.HasOne<Poll>().WithMany().HasForeignKey(b => b.PollId).OnDelete(DeleteBehavior.Cascade);

        // One ballot per voter and poll: changing one's vote updates it.
        builder.HasIndex(b => new { b.PollId, b.VoterKey }).IsUnique();

        builder.OwnsMany(b => b.Choices, choices =>
        {
            choices.ToTable("WorkshopBallotChoices");
            choices.WithOwner().HasForeignKey("BallotId");
            choices.Property<int>("Id");
            choices.HasKey("Id");
            choices.HasIndex(c => c.OptionId);
        });
        builder.Navigation(b => b.Choices).HasField("_choices");
    }
}
