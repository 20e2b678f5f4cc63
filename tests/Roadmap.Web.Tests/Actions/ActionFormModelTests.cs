using Roadmap.Application.Actions.ProposeAction;
using Roadmap.Web.Components.Pages.Actions;

namespace Roadmap.Web.Tests.Actions;

public sealed class ActionFormModelTests
{
    [Theory]
    [InlineData("120 000,50", 120_000.50)]
    [InlineData("120000.50", 120_000.50)]
    [InlineData("45 000 €", 45_000)]
    public void ReadsAmountsTypedTheFrenchWay(string typed, double expected)
    {
        var errors = new Dictionary<string, string[]>();

        var request = new ActionFormModel { EstimatedBudget = typed }.ToFields(new ProposeAction(), errors);

        Assert.Equal((decimal)expected, request.EstimatedBudget);
    }

    [Fact]
    public void AnUnreadableAmountGetsAMessageOnItsField()
    {
        var errors = new Dictionary<string, string[]>();

        new ActionFormModel { EstimatedBudget = "beaucoup" }.ToFields(new ProposeAction(), errors);

        Assert.Equal(["EstimatedBudget"], errors.Keys);
    }

    [Fact]
    public void BlankIndicatorRowsAreDroppedSoErrorsNameTheRowsSent()
    {
        var model = new ActionFormModel { Indicators = [new IndicatorRow(), new IndicatorRow { Name = "Sites", Target = "abc" }] };
        var errors = new Dictionary<string, string[]>();

        var request = model.ToFields(new ProposeAction(), errors);

        Assert.Single(request.Indicators);
        Assert.Equal(["Indicators[0].Target"], errors.Keys);
    }

    [Fact]
    public void RemovingARowKeepsTheOthers()
    {
        var model = new ActionFormModel { Indicators = [new IndicatorRow { Name = "A" }, new IndicatorRow { Name = "B" }] };

        var handled = ActionFormCommands.TryApply(model, ActionFormCommands.RemoveIndicator(0));

        Assert.True(handled);
        Assert.Equal(["B"], model.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void SavingIsNotAnEditingCommand()
    {
        Assert.False(ActionFormCommands.TryApply(new ActionFormModel(), ActionFormCommands.Save));
    }
}
