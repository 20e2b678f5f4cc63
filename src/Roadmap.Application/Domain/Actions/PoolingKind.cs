namespace Roadmap.Application.Domain.Actions;

public enum PoolingKind
{
    Technical = 0,
    Organisational = 1,
}
