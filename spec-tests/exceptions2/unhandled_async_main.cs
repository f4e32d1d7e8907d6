// an exception escaping async Task Main after an await: reported with its own type (not
// AggregateException), finally blocks in the async method run first
class Program
{
    static async Task Main()
    {
        try
        {
            await Task.Yield();
            Console.WriteLine("after yield");
            await Fail();
        }
        finally { Console.WriteLine("async finally"); }
    }
    static async Task Fail()
    {
        await Task.Yield();
        throw new KeyNotFoundException("async failure");
    }
}
