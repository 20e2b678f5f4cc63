using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Roadmap.Infrastructure.Persistence.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context; no server is contacted to add a migration.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerRoadmapDbContext>
{
    public SqlServerRoadmapDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerRoadmapDbContext>().UseSqlServer("Server=localhost;Database=Roadmap;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
