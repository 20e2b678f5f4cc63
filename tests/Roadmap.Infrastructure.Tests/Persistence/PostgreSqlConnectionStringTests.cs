using Microsoft.EntityFrameworkCore;
using Npgsql;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>
/// What the app adds to the operator's PostgreSQL connection string: statements prepared once used often, no reset
/// statements on each reuse of a pooled connection; what the operator wrote stays as written.
/// </summary>
public sealed class PostgreSqlConnectionStringTests
{
    [Fact]
    public void TheOperatorsStringGainsPreparedStatementsAndNoResetOnReuse()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            DatabaseRegistration.PostgreSqlConnectionString("Host=db.example.fr;Port=5433;Database=roadmap;Username=app;Password=s3cret;Maximum Pool Size=40"));

        Assert.Equal(
            ("db.example.fr", 5433, "roadmap", "app", "s3cret", 40, 64, true),
            (settings.Host, settings.Port, settings.Database, settings.Username, settings.Password, settings.MaxPoolSize, settings.MaxAutoPrepare, settings.NoResetOnClose));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false", 0, false)]
    [InlineData("Host=db;max auto prepare=10", 10, true)]
    [InlineData("Host=db;MaxAutoPrepare=5;NoResetOnClose=false", 5, false)]
    public void WhatTheOperatorWroteIsKept(string configured, int maxAutoPrepare, bool noResetOnClose)
    {
        var settings = new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgreSqlConnectionString(configured));

        Assert.Equal((maxAutoPrepare, noResetOnClose), (settings.MaxAutoPrepare, settings.NoResetOnClose));
    }

    /// <summary>On a real server (test.sh sets ROADMAP_TEST_POSTGRES): the app's own context prepares a query it runs often.</summary>
    [SkippableFact]
    public async Task AQueryRunOftenOnAConnectionIsPreparedThere()
    {
        await using var postgreSql = await FreshPostgreSql.OpenAsync();
        var db = postgreSql.Db;
        await db.Database.OpenConnectionAsync();

        for (var i = 0; i < 6; i++)
        {
            await db.Roadmaps.CountAsync(r => r.Slug == "feuille");
        }

        var prepared = await db.Database.SqlQuery<string>($"SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
        Assert.Contains(prepared, statement => statement.Contains("\"Roadmaps\"", StringComparison.Ordinal));
    }
}
