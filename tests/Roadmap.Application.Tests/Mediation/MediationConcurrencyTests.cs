using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Participation;

namespace Roadmap.Application.Tests.Mediation;

public sealed class MediationConcurrencyTests : ApplicationTest
{
    [Fact]
    public async Task SimultaneousSubmitsOfTheSameResidentCountOnce()
    {
        var scene = await MediationScene.CreateAsync(Host);
        await using var callers = ParallelCallers.OnDatabaseOf(Host);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            try
            {
                await callers.SendAsAsync(scene.MediatorId, null, RoleNames.Citizen, scene.Support());
                return "recorded";
            }
            catch (ConflictException)
            {
                return "refused";
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o == "recorded"));
        Assert.Equal((0, 1, 1), await scene.CountsAsync(Host));
    }
}
