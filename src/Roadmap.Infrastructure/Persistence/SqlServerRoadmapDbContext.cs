using Microsoft.EntityFrameworkCore;

namespace Roadmap.Infrastructure.Persistence;

public sealed class SqlServerRoadmapDbContext(DbContextOptions<SqlServerRoadmapDbContext> options) : RoadmapDbContext(options);
