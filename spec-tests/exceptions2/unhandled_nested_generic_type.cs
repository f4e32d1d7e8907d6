// the first stderr line of an unhandled exception whose type is nested and generic
Console.WriteLine("start");
throw new Outer.Failure<int>("generic nested");
namespace Outer
{
    public class Failure<T>(string m) : Exception(m) { }
}
