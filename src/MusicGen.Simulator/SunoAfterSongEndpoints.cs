using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MusicGen.Simulator
{
    /// <summary>
    /// sunoapi.org's endpoints for work on a finished song (docs/vendor-contract.md §7): each
    /// operation's handler lives in its own file; this is where they are routed.
    /// </summary>
    internal static class SunoAfterSongEndpoints
    {
        public static void Map(IEndpointRouteBuilder app, SimulatorHost host)
        {
            app.MapPost("/api/v1/style/generate", (Func<HttpContext, Task<IResult>>)(context => SunoStyleBoost.Handle(context, host)));
            app.MapPost("/api/v1/generate/get-timestamped-lyrics", (Func<HttpContext, Task<IResult>>)(context => SunoLyricTiming.Handle(context, host)));
            app.MapPost("/api/v1/generate/add-vocals", (Func<HttpContext, Task<IResult>>)(context => SunoAddAudio.Handle(context, host, vocals: true)));
            app.MapPost("/api/v1/generate/add-instrumental", (Func<HttpContext, Task<IResult>>)(context => SunoAddAudio.Handle(context, host, vocals: false)));
            app.MapPost("/api/v1/generate/replace-section", (Func<HttpContext, Task<IResult>>)(context => SunoReplaceSection.Handle(context, host)));
            app.MapPost("/api/v1/generate/sounds", (Func<HttpContext, Task<IResult>>)(context => SunoSounds.Handle(context, host)));
        }
    }
}
