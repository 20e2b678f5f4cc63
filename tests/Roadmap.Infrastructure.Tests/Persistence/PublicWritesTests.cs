using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>
/// Which commands drop the public page cache and the caller's kept facts (decision 052): the SQL each provider's EF Core
/// sends, read for its tables.
/// </summary>
public sealed class PublicWritesTests
{
    [Theory]
    [InlineData("INSERT INTO \"Comments\" (\"Id\", \"ActionId\") VALUES (@p0, @p1);")]
    [InlineData("UPDATE \"Actions\" AS \"a\" SET \"SupportCount\" = (SELECT COUNT(*) FROM \"Supports\" AS \"s\" WHERE \"s\".\"ActionId\" = \"a\".\"Id\")")]
    [InlineData("DELETE FROM \"Supports\" AS \"s\" WHERE \"s\".\"ActionId\" = @id")]
    [InlineData("SET IMPLICIT_TRANSACTIONS OFF;\nSET NOCOUNT ON;\nINSERT INTO [Axes] ([Id], [Title]) OUTPUT INSERTED.[Id] VALUES (@p0, @p1);")]
    [InlineData("SET NOCOUNT ON;\nMERGE [Comments] USING (VALUES (@p0, 0), (@p1, 1)) AS i ([Id], _Position) ON 1=0 WHEN NOT MATCHED THEN INSERT ([Id]) VALUES (i.[Id]);")]
    [InlineData("UPDATE [dbo].[Roadmaps] SET [Slug] = @p0 WHERE [Id] = @p1;")]
    [InlineData("INSERT INTO \"WorkshopBallots\" (\"Id\") VALUES (@p0);\nUPDATE \"Axes\" SET \"Title\" = @p1 WHERE \"Id\" = @p2;")]
    [InlineData("update \"AspNetUsers\" set \"DisplayName\" = @p0")]
    [InlineData("UPDATE \"AspNetUsers\" SET \"ConcurrencyStamp\" = @p0, \"OrganisationId\" = @p1 WHERE \"Id\" = @p2 AND \"ConcurrencyStamp\" = @p3 RETURNING 1;")]
    [InlineData("SET NOCOUNT ON;\nUPDATE [AspNetUsers] SET [ConcurrencyStamp] = @p0, [DisplayName] = @p1\nOUTPUT 1\nWHERE [Id] = @p2 AND [ConcurrencyStamp] = @p3;")]
    [InlineData("UPDATE \"AspNetUsers\" AS \"a\" SET \"DisplayName\" = \"a\".\"DisplayName\" WHERE \"a\".\"Id\" = @userId")]
    [InlineData("UPDATE \"AspNetUsers\" SET \"AccessFailedCount\" = (SELECT 0 FROM \"Roles\" WHERE \"Id\" = @r), \"DisplayName\" = @p0")]
    [InlineData("UPDATE \"AspNetUsers\" SET \"LockoutEnd\" = @p0 WHERE \"Id\" = @p1;\nUPDATE \"Axes\" SET \"Title\" = @p2 WHERE \"Id\" = @p3;")]
    [InlineData("DELETE FROM \"AspNetUsers\" WHERE \"Id\" = @p0 AND \"ConcurrencyStamp\" = @p1 RETURNING 1;")]
    [InlineData("UPDATE \"WorkshopIdeas\" SET \"HiddenAt\" = @p0, \"HiddenReason\" = @p1 WHERE \"Id\" = @p2;")]
    [InlineData("SET NOCOUNT ON;\nUPDATE [WorkshopIdeas] SET [PromotedActionId] = @p0, [PromotedAt] = @p1\nOUTPUT 1\nWHERE [Id] = @p2;")]
    [InlineData("DELETE FROM \"WorkshopIdeas\" WHERE \"Id\" = @p0;")]
    [InlineData("SET NOCOUNT ON;\nINSERT INTO [OutboxMails] ([Id]) VALUES (@p0);\nINSERT INTO [Notifications] ([Id]) VALUES (@p1);")]
    [InlineData("UPDATE \"Notifications\" AS \"n\" SET \"ReadAt\" = @now WHERE \"n\".\"UserId\" = @userId AND \"n\".\"ReadAt\" IS NULL")]
    [InlineData("DELETE FROM \"Notifications\" WHERE \"Id\" = @p0;")]
    [InlineData("INSERT INTO \"Follows\" (\"Id\", \"TargetId\", \"UserId\") VALUES (@p0, @p1, @p2);")]
    [InlineData("DELETE FROM \"Follows\" WHERE \"Id\" = @p0;")]
    public void AWriteToATableAPageShowsEvicts(string sql) => Assert.True(PublicWrites.ChangesPublicPages(sql));

    [Theory]
    [InlineData("SELECT \"a\".\"Id\" FROM \"Actions\" AS \"a\" WHERE \"a\".\"Title\" LIKE '%UPDATE Axes%'")]
    [InlineData("  select 1")]
    [InlineData("INSERT INTO \"WorkshopBallots\" (\"Id\", \"PollId\") VALUES (@p0, @p1) RETURNING \"Revision\";")]
    [InlineData("INSERT INTO \"WorkshopBallots\" (\"Id\", \"PollId\") VALUES (@p0, @p1);\nINSERT INTO \"WorkshopBallotChoices\" (\"BallotId\", \"Id\", \"OptionId\") VALUES (@p2, @p3, @p4);")]
    [InlineData("DELETE FROM \"WorkshopBallotChoices\" WHERE \"BallotId\" = @p0 AND \"Id\" = @p1;")]
    [InlineData("INSERT INTO \"WorkshopPolls\" (\"Id\") VALUES (@p0);\nINSERT INTO \"WorkshopPollOptions\" (\"PollId\", \"Id\", \"Text\") VALUES (@p1, @p2, @p3);")]
    [InlineData("UPDATE \"WorkshopPolls\" AS \"w\" SET \"BallotRevision\" = \"w\".\"BallotRevision\" + 1 WHERE \"w\".\"Id\" = @id")]
    [InlineData("SET NOCOUNT ON;\nINSERT INTO [OutboxMails] ([Id]) VALUES (@p0);")]
    [InlineData("UPDATE \"Notifications\" SET \"MailState\" = @p0 WHERE \"Id\" = @p1;")]
    [InlineData("SET NOCOUNT ON;\nUPDATE [Notifications] SET [MailState] = @p0\nOUTPUT 1\nWHERE [Id] = @p1;")]
    [InlineData("DELETE FROM \"AuditEntries\" WHERE \"At\" < @cutoff")]
    [InlineData("INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES (@p0, @p1)")]
    [InlineData("UPDATE \"AspNetUsers\" SET \"AccessFailedCount\" = @p0, \"ConcurrencyStamp\" = @p1 WHERE \"Id\" = @p2 AND \"ConcurrencyStamp\" = @p3 RETURNING 1;")]
    [InlineData("UPDATE \"AspNetUsers\" SET \"ConcurrencyStamp\" = @p0, \"PasswordHash\" = @p1, \"SecurityStamp\" = @p2 WHERE \"Id\" = @p3 AND \"ConcurrencyStamp\" = @p4;")]
    [InlineData("SET NOCOUNT ON;\nUPDATE [AspNetUsers] SET [LockoutEnd] = @p0, [Email] = @p1\nOUTPUT 1\nWHERE [Id] = @p2;")]
    [InlineData("SET IMPLICIT_TRANSACTIONS OFF;\nSET NOCOUNT ON;\nINSERT INTO [AspNetUsers] ([Id], [DisplayName], [OrganisationId]) VALUES (@p0, @p1, @p2);")]
    [InlineData("INSERT INTO \"AspNetUserRoles\" (\"RoleId\", \"UserId\") VALUES (@p0, @p1);\nUPDATE \"AspNetUsers\" SET \"ConcurrencyStamp\" = @p2 WHERE \"Id\" = @p3 AND \"ConcurrencyStamp\" = @p4 RETURNING 1;")]
    [InlineData("DELETE FROM \"AspNetUserClaims\" WHERE \"Id\" = @p0;")]
    [InlineData("INSERT INTO \"WorkshopIdeas\" (\"Id\", \"Text\", \"WorkshopId\") VALUES (@p0, @p1, @p2);")]
    [InlineData("UPDATE \"WorkshopIdeas\" AS \"w\" SET \"UpvoteCount\" = \"w\".\"UpvoteCount\" + 1 WHERE \"w\".\"Id\" = @id")]
    [InlineData("UPDATE \"WorkshopIdeas\" SET \"GroupedAxisId\" = @p0 WHERE \"Id\" = @p1;")]
    public void AReadOrAWriteNoPublicPageShowsKeepsTheCache(string sql) => Assert.False(PublicWrites.ChangesPublicPages(sql));
}
