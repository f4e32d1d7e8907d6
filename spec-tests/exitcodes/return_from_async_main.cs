// async Task<int> Main returning an exit code after awaits; finally blocks in async code run
// before the process ends
class Program
{
static async Task<int> Main(string[] args)
{
    int code = 0;
    try
    {
        foreach (var n in new[] { 3, 4, 5 })
        {
            await Task.Yield();
            code += n * n;
        }
        Console.WriteLine("code " + code);
        return code;
    }
    finally
    {
        await Task.Yield();
        Console.WriteLine("async finally");
    }
}
}
