using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Roadmap.Infrastructure.Persistence.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRoadmapDbContext>
{
    public SqliteRoadmapDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRoadmapDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
