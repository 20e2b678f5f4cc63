using Microsoft.EntityFrameworkCore;

namespace Roadmap.Infrastructure.Persistence;

public sealed class PostgreSqlRoadmapDbContext(DbContextOptions<PostgreSqlRoadmapDbContext> options) : RoadmapDbContext(options);
