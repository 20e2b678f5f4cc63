using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Roadmap.Infrastructure.Persistence.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context; no server is contacted to add a migration.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlRoadmapDbContext>
{
    public PostgreSqlRoadmapDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlRoadmapDbContext>().UseNpgsql("Host=localhost;Database=roadmap").Options);
}
