// an unhandled custom exception type in a namespace with a custom Message override, thrown from
// a static constructor path (the top-level exception is TypeInitializationException)
Console.WriteLine("start");
Console.Out.Flush();
Console.WriteLine(Config.Settings.Value);
namespace Settings
{
    public class ConfigException(string key) : Exception
    {
        public override string Message => $"missing key '{key}'";
    }
}
static class Config
{
    public static class Settings
    {
        public static readonly string Value = Load();
        static string Load() => throw new global::Settings.ConfigException("db");
    }
}
