using System.Text;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.FollowUp.ImportValues;
using Roadmap.Application.FollowUp.RecordIndicatorValue;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

public sealed class ImportValuesTests() : ApplicationTest(frozenClock: true)
{
    private ValuesScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await ValuesScene.StartAsync(Host);
        _scene.SignIn(ValuesScene.Pilot);
    }

    private Guid Indicator => _scene.IndicatorId;

    [Fact]
    public async Task ImportsEveryLineAndShowsTheLatest()
    {
        var csv = $"indicateur,date,valeur,source,commentaire\n{Indicator},2025-12-31,\"1 234,5\",Insee,Fin d'année\n{Indicator},01/02/2026,1500.25,,\n";

        var imported = await Host.SendAsync(new ImportValues(_scene.A.Slug, csv));

        Assert.Equal(2, imported.Count);
        var values = await Host.WithDbAsync(db => db.IndicatorValues.OrderBy(v => v.MeasuredOn).Select(v => v.Value).ToListAsync());
        Assert.Equal([1234.5m, 1500.25m], values);
        var action = await Host.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == _scene.Followed.Id));
        Assert.Equal(1500.25m, action.Indicators[0].LatestValue);
        Assert.Equal(new DateOnly(2026, 2, 1), action.Indicators[0].LatestMeasuredOn);
    }

    [Fact]
    public async Task ReadsSemicolonsAndAByteOrderMark()
    {
        var csv = $"\uFEFFIndicateur;Date;Valeur;Commentaire\r\n{Indicator};31/12/2025;12,5;« été », pluvieux\r\n";

        var preview = await Host.SendAsync(new PreviewValuesImport(_scene.A.Slug, csv));

        var line = Assert.Single(preview.Lines);
        Assert.Empty(preview.Errors);
        Assert.Equal(2, line.Line);
        Assert.Equal(12.5m, line.Value);
        Assert.Equal("« été », pluvieux", line.Comment);
        Assert.Equal("Personnes accompagnées", line.IndicatorName);
    }

    [Fact]
    public async Task ListsEveryBadLineInFrenchAndSavesNothing()
    {
        await Host.SendAsync(new RecordIndicatorValue(Indicator, new DateOnly(2026, 1, 15), 10, "", ""));
        var other = _scene.FollowedOnB.Indicators[0].Id;
        var csv = string.Join('\n',
            "indicateur,date,valeur",
            $"{Indicator},2026-01-01,100",
            $"{Indicator},31/02/2025,100",
            $"{Guid.Empty:D}x,2026-01-02,100",
            $"{Guid.NewGuid()},2026-01-02,100",
            $"{other},2026-01-02,100",
            $"{Indicator},2026-01-03,cent",
            $"{Indicator},2026-01-01,200",
            $"{Indicator},15/01/2026,200",
            $"{Indicator},2030-01-01,200",
            $"{_scene.OtherFollowed.Indicators[0].Id},2026-01-04,1",
            $"{Indicator},hier,1");

        var preview = await Host.SendAsync(new PreviewValuesImport(_scene.A.Slug, csv));

        Assert.Equal(
        [
            "Ligne 3 : la date « 31/02/2025 » n'existe pas.",
            $"Ligne 4 : « {Guid.Empty:D}x » n'est pas un identifiant d'indicateur (voir le jeu de données « indicateurs »).",
            $"Ligne 5 : aucun indicateur n'a l'identifiant {csv.Split('\n')[4].Split(',')[0]}.",
            "Ligne 6 : l'indicateur « Personnes accompagnées » appartient à une autre feuille de route.",
            "Ligne 7 : la valeur « cent » n'est pas un nombre.",
            "Ligne 8 : la ligne 2 donne déjà une valeur à « Personnes accompagnées » le 1 janvier 2026.",
            "Ligne 9 : « Personnes accompagnées » a déjà une valeur le 15 janvier 2026 : corrigez-la sur la page des indicateurs de l'action.",
            "Ligne 10 : la date de mesure ne peut pas être dans le futur.",
            "Ligne 11 : vous n'êtes pas pilote de l'action « Ouvrir des tiers-lieux ».",
            "Ligne 12 : la date « hier » n'est pas au format AAAA-MM-JJ ou JJ/MM/AAAA.",
        ], preview.Errors);
        Assert.False(preview.CanImport);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new ImportValues(_scene.A.Slug, csv)));
        Assert.Equal(preview.Errors, refused.Errors["Content"]);
        Assert.Equal(1, await Host.WithDbAsync(db => db.IndicatorValues.CountAsync()));
    }

    [Fact]
    public async Task AManagerImportsForEveryActionOfTheRoadmap()
    {
        _scene.SignIn(ValuesScene.Manager);
        var csv = $"indicateur,date,valeur\n{Indicator},2026-01-01,1\n{_scene.OtherFollowed.Indicators[0].Id},2026-01-01,2\n";

        Assert.Equal(2, (await Host.SendAsync(new ImportValues(_scene.A.Slug, csv))).Count);
    }

    [Theory]
    [InlineData(ValuesScene.OtherManager)]
    [InlineData(ValuesScene.TeamFacilitator)]
    [InlineData(ValuesScene.GlobalFacilitator)]
    [InlineData(ValuesScene.Citizen)]
    public async Task OthersMayNotImport(string who)
    {
        _scene.SignIn(who);

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() =>
            Host.SendAsync(new PreviewValuesImport(_scene.A.Slug, $"indicateur,date,valeur\n{Indicator},2026-01-01,1\n")));

        Assert.Equal("Seuls les pilotes d'actions de cette feuille de route et ses gestionnaires peuvent importer des valeurs.", refused.Message);
    }

    [Fact]
    public async Task AnAnonymousVisitorMustSignIn()
    {
        _scene.SignIn(ValuesScene.Anonymous);

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new ImportValues(_scene.A.Slug, "indicateur,date,valeur\n")));
    }

    [Theory]
    [InlineData("", "Choisissez un fichier CSV de valeurs (il est vide).")]
    [InlineData("date;valeur\n2026-01-01;1", "La première ligne doit nommer les colonnes indicateur, date et valeur (source et commentaire sont facultatives).")]
    [InlineData("indicateur,date,valeur\n", "Le fichier ne contient aucune valeur (seulement la ligne des colonnes).")]
    [InlineData("indicateur,date,valeur\n\uFFFD,2026-01-01,1", "Le fichier n'est pas encodé en UTF-8 : enregistrez-le au format « CSV UTF-8 » et réessayez.")]
    public async Task RefusesAFileThatCannotBeRead(string csv, string message)
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new ImportValues(_scene.A.Slug, csv)));

        Assert.Equal([message], refused.Errors["Content"]);
    }

    [Fact]
    public async Task RefusesMoreThanFiveMegabytes()
    {
        var csv = "indicateur,date,valeur\n" + new string('x', ImportValues.MaxBytes);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new PreviewValuesImport(_scene.A.Slug, csv)));

        Assert.Equal(["Le fichier dépasse 5 Mo : découpez-le en plusieurs fichiers."], refused.Errors["Content"]);
    }

    [Fact]
    public async Task RefusesMoreThanTenThousandLines()
    {
        var csv = new StringBuilder("indicateur,date,valeur\n");
        for (var i = 0; i <= ImportValues.MaxLines; i++)
        {
            csv.Append(Indicator).Append(",2026-01-01,1\n");
        }

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new PreviewValuesImport(_scene.A.Slug, csv.ToString())));

        Assert.Equal(["Le fichier dépasse 10\u202f000 lignes de valeurs : découpez-le en plusieurs fichiers."], refused.Errors["Content"]);
    }

    [Fact]
    public async Task AnUnknownRoadmapIsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new PreviewValuesImport("inconnue", "indicateur,date,valeur\n")));
}
