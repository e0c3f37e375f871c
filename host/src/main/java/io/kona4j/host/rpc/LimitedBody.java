package io.kona4j.host.rpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A body handler that collects at most {@code limit} bytes and fails the response beyond that. */
final class LimitedBody implements HttpResponse.BodyHandler<byte[]> {
    /** The body was longer than the limit; reported as a malformed response. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("response body over the limit of " + limit + " bytes");
        }
    }

    private final int limit;

    LimitedBody(int limit) {
        this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        return new Subscriber(limit, info.headers().firstValueAsLong("content-length").orElse(-1));
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final long declared;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Subscriber(int limit, long declared) {
            this.limit = limit;
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > limit) {
                s.cancel();
                result.completeExceptionally(new TooLargeException(limit));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) return;
            for (ByteBuffer b : items) {
                if ((long) out.size() + b.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLargeException(limit));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
