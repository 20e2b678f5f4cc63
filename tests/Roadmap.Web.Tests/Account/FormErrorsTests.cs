using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Roadmap.Web.Components.Account.Shared;

namespace Roadmap.Web.Tests.Account;

public sealed class FormErrorsTests : BunitContext
{
    private readonly EditContext _form = new(new object());

    [Fact]
    public void ShowsNothingWhileTheFormIsValid()
    {
        var cut = Render<FormErrors>(p => p.AddCascadingValue(_form));

        Assert.Empty(cut.Markup.Trim());
    }

    [Fact]
    public async Task ListsErrorsInAnAlertOnceValidationFails()
    {
        var cut = Render<FormErrors>(p => p.AddCascadingValue(_form));

        var messages = new ValidationMessageStore(_form);
        messages.Add(new FieldIdentifier(_form.Model, string.Empty), "Adresse ou mot de passe incorrect.");
        await cut.InvokeAsync(_form.NotifyValidationStateChanged);

        Assert.Equal("Adresse ou mot de passe incorrect.", cut.Find("[role=alert] li").TextContent);
    }
}
