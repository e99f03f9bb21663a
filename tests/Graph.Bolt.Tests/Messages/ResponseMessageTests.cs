using Graph.Bolt.Messages;
using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.Messages;

/// <summary>Responses read from bytes written by hand from the specification.</summary>
public sealed class ResponseMessageTests
{
    [Fact]
    public void SUCCESS_carries_its_metadata()
    {
        var success = ResponseMessage.Parse(Hex.Bytes("B1 70 A1 88 68 61 73 5F 6D 6F 72 65 C3")).Should().BeOfType<SuccessMessage>().Subject;
        success.HasMore.Should().BeTrue();
        success.Metadata.Should().ContainKey("has_more");
    }

    [Fact]
    public void RECORD_carries_its_values()
    {
        var record = ResponseMessage.Parse(Hex.Bytes("B1 71 93 01 81 61 C0")).Should().BeOfType<RecordMessage>().Subject;
        record.Fields.Should().Equal(1L, "a", null);
    }

    [Fact]
    public void IGNORED_has_no_fields()
    {
        ResponseMessage.Parse(Hex.Bytes("B0 7E")).Should().BeSameAs(IgnoredMessage.Instance);
    }

    [Fact]
    public void FAILURE_carries_a_code_and_a_message()
    {
        // {code: "Neo.ClientError.Statement.SyntaxError", message: "bad"}
        var hex = "B1 7F A2 84 63 6F 64 65 D0 25 " + Hex.Of("Neo.ClientError.Statement.SyntaxError"u8) + " 87 6D 65 73 73 61 67 65 83 62 61 64";
        var failure = ResponseMessage.Parse(Hex.Bytes(hex)).Should().BeOfType<FailureMessage>().Subject;

        failure.Code.Should().Be("Neo.ClientError.Statement.SyntaxError");
        failure.Message.Should().Be("bad");
        var error = failure.ToException();
        error.Message.Should().Be("Neo.ClientError.Statement.SyntaxError: bad");
        error.IsTransient.Should().BeFalse();
        error.IsRetryable.Should().BeFalse();
        error.Classification.Should().Be("ClientError");
    }

    [Theory]
    [InlineData("B1 10 80")]
    [InlineData("B2 70 A0 A0")]
    [InlineData("B1 70 A0 00")]
    [InlineData("70")]
    public void Anything_else_is_a_protocol_error(string hex)
    {
        var act = () => ResponseMessage.Parse(Hex.Bytes(hex));
        act.Should().Throw<BoltProtocolException>();
    }

    [Theory]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true, true)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true, true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", true, false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", true, false)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", false, true)]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", false, true)]
    [InlineData("Neo.ClientError.Security.Unauthorized", false, false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false, false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false, false)]
    public void Server_errors_know_whether_they_are_transient_and_retryable(string code, bool transient, bool retryable)
    {
        var error = new ServerException(code, "m");
        error.IsTransient.Should().Be(transient);
        error.IsRetryable.Should().Be(retryable);
    }
}
