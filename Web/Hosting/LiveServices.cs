using Microsoft.AspNetCore.SignalR;
using System.Text.Json;
using System.Text.Json.Serialization;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Health;
using AntiLeadership.Live.Web.Operations;
using AntiLeadership.Live.Web.TeamHome;
using AntiLeadership.Live.Web.Workshop;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using AntiLeadership.Live.Web.Api;
using AntiLeadership.Live.Web.Templates;

namespace AntiLeadership.Live.Web.Hosting;

public static class LiveServices
{
    /// <summary>
    /// SignalR caps one incoming message. A ballot is tiny; the largest message anyone sends is the
    /// largest valid activity setup (30 statements of 200 characters), which in a script of three bytes
    /// per character, such as Chinese or Japanese, is about 19 KB: room for that, and nothing much more.
    /// </summary>
    public const long MaximumReceiveMessageSize = 32 * 1024;

    /// <summary>
    /// The largest HTTP body we accept: every API request is a few hundred bytes of JSON, except an
    /// image upload for a content card, which raises it for itself once the facilitator is known (CardImagesApi).
    /// </summary>
    public const long MaximumRequestBodySize = 64 * 1024;

    public static WebApplicationBuilder AddLiveWorkshop(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaximumRequestBodySize);

        // SignalR logs every refused call and refused connection as an error with a stack trace: a
        // flooding client would flood the log too. HubErrorFilter logs real failures, SecurityLog the refusals.
        builder.Logging.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.AspNetCore.SignalR.HubConnectionHandler", LogLevel.Critical);
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.SectionName)
            .Validate(o => o.RetentionSweepInterval > TimeSpan.Zero, "Live:RetentionSweepInterval must be longer than zero.").ValidateOnStart();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<SessionFanOut>();
        services.AddSingleton<IntakeLanes>();
        services.AddSingleton<PlanWatchers>();
        services.AddSingleton<HubErrorFilter>();
        services.AddSingleton<ConnectionGuard>();
        services.AddSingleton<IHubActivator<WorkshopHub>, WorkshopHubActivator>();
        services.AddSingleton<RevokedCredentials>();
        services.AddSingleton<JoinThrottle>();
        services.AddSingleton<StartThrottle>();
        services.AddSingleton<SessionIdGuard>();
        services.AddSingleton<BuiltInTemplates>();
        services.AddSingleton<CardImageLookup>();
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<StartupBanner>();
        services.AddHostedService<IdleMemoryRelease>();
        services.AddSingleton<Retention.RetentionSweep>();
        services.AddHostedService(provider => provider.GetRequiredService<Retention.RetentionSweep>());
        services.AddLiveHealthChecks();
        services.AddOperatorTelemetry();

        services.AddAuthentication(CredentialAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CredentialAuthenticationHandler>(CredentialAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(LivePolicies.Add);
        services.AddSingleton<IAuthorizationHandler, OperatorGate>();
        services.AddSingleton<IAuthorizationHandler, HandedRoleGate>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RefusalResponses>();
        services.AddSingleton<DefaultAuthorizationService>();
        services.AddSingleton<IAuthorizationService, AuditedAuthorization>();

        services.ConfigureHttpJsonOptions(json => ConfigureJson(json.SerializerOptions));
        services.AddSignalR(hub =>
            {
                hub.MaximumReceiveMessageSize = MaximumReceiveMessageSize;
                // Outermost first: a refused or flooding call never reaches the error handling or a grain.
                hub.AddFilter<ConnectionGuard>();
                hub.AddFilter<HubErrorFilter>();
            })
            .AddJsonProtocol(json => ConfigureJson(json.PayloadSerializerOptions));
        return builder;
    }

    private static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
