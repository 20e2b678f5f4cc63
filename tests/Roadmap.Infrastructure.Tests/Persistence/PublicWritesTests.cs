using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>Which commands drop the public page cache: the SQL each provider's EF Core sends, read for its tables.</summary>
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
    public void AWriteToATableAPageShowsEvicts(string sql) => Assert.True(PublicWrites.ChangesPublicPages(sql));

    [Theory]
    [InlineData("SELECT \"a\".\"Id\" FROM \"Actions\" AS \"a\" WHERE \"a\".\"Title\" LIKE '%UPDATE Axes%'")]
    [InlineData("  select 1")]
    [InlineData("INSERT INTO \"WorkshopBallots\" (\"Id\", \"PollId\") VALUES (@p0, @p1) RETURNING \"Revision\";")]
    [InlineData("UPDATE \"WorkshopPolls\" AS \"w\" SET \"BallotRevision\" = \"w\".\"BallotRevision\" + 1 WHERE \"w\".\"Id\" = @id")]
    [InlineData("SET NOCOUNT ON;\nINSERT INTO [OutboxMails] ([Id]) VALUES (@p0);\nINSERT INTO [Notifications] ([Id]) VALUES (@p1);")]
    [InlineData("DELETE FROM \"AuditEntries\" WHERE \"At\" < @cutoff")]
    [InlineData("INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES (@p0, @p1)")]
    public void AReadOrAWriteNoPublicPageShowsKeepsTheCache(string sql) => Assert.False(PublicWrites.ChangesPublicPages(sql));
}
