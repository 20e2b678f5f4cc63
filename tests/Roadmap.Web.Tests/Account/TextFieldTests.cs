using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Roadmap.Web.Components.Account.Shared;

namespace Roadmap.Web.Tests.Account;

public sealed class TextFieldTests : BunitContext
{
    private sealed class Model
    {
        public string Email { get; set; } = "";
    }

    [Fact]
    public void TiesLabelHintAndErrorsToTheInput()
    {
        var model = new Model();

        var cut = Render<TextField>(p => p
            .AddCascadingValue(new EditContext(model))
            .Add(f => f.Id, "email")
            .Add(f => f.Label, "Adresse électronique")
            .Add(f => f.Autocomplete, "email")
            .Add(f => f.Hint, "Jamais affichée.")
            .Add(f => f.ValueExpression, () => model.Email));

        var input = cut.Find("input");
        Assert.Equal("email", cut.Find("label").GetAttribute("for"));
        Assert.Equal("email", input.Id);
        Assert.Equal("email", input.GetAttribute("autocomplete"));
        Assert.Equal("email-aide email-erreur", input.GetAttribute("aria-describedby"));
        Assert.Equal("Jamais affichée.", cut.Find("#email-aide").TextContent);
        Assert.NotNull(cut.Find("#email-erreur"));
    }
}
