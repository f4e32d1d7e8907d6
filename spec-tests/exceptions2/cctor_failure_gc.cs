// a failing static constructor: the TypeInitializationException keeps its InnerException alive
// (fails under `--gc-stress 1`: the inner exception is held only by JS while the type name string
// for the TypeInitializationException is allocated)
try { Console.WriteLine(Broken.Value); }
catch (Exception e) { Console.WriteLine("inner: " + e.InnerException!.Message); }
class Broken
{
    public static int Value = Compute();
    static int Compute() => throw new InvalidOperationException("cctor failed");
}
