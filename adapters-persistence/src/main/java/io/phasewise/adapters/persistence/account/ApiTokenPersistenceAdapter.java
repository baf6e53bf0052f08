package io.phasewise.adapters.persistence.account;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.API_TOKENS;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenId;
import io.phasewise.domain.account.TokenHash;
import io.phasewise.domain.account.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores API tokens in {@code api_tokens}: issuing and revoking through Hibernate; the authentication
 * path (lookup by hash, recording a use) as single jOOQ statements, one indexed query each, with no
 * session to open.
 */
final class ApiTokenPersistenceAdapter implements LoadApiTokensPort, SaveApiTokenPort {
  private final Database database;
  private final ApiTokenEntityMapper mapper = ApiTokenEntityMapper.INSTANCE;

  ApiTokenPersistenceAdapter(Database database) {
    this.database = database;
  }

  @Override
  public Optional<ApiToken> findById(ApiTokenId id) {
    return database.inSession(session -> Optional.ofNullable(session.find(ApiTokenJpaEntity.class, id.value()))
        .map(mapper::toToken));
  }

  @Override
  public Optional<ApiToken> findByHash(TokenHash hash) {
    return database.jooq().selectFrom(API_TOKENS).where(API_TOKENS.SECRET_HASH.eq(hash.bytes())).fetchOptional()
        .map(mapper::toToken);
  }

  @Override
  public List<ApiToken> tokensOf(UserId owner) {
    return database.inSession(session -> session
        .createSelectionQuery("from ApiToken where userId = :owner order by createdAt desc, id", ApiTokenJpaEntity.class)
        .setParameter("owner", owner.value())
        .getResultList()
        .stream()
        .map(mapper::toToken)
        .toList());
  }

  @Override
  public void insert(ApiToken token) {
    database.inSession(session -> {
      session.persist(mapper.toEntity(token));
      session.flush();
      return null;
    });
  }

  @Override
  public boolean revoke(ApiTokenId id, Instant at) {
    return database.inSession(session -> {
      ApiTokenJpaEntity entity = session.find(ApiTokenJpaEntity.class, id.value());
      if (entity == null || entity.getRevokedAt() != null) return false;
      entity.setRevokedAt(at);
      session.flush();
      return true;
    });
  }

  @Override
  public void recordUse(ApiTokenId id, Instant at) {
    database.jooq().update(API_TOKENS)
        .set(API_TOKENS.LAST_USED_AT, at)
        .where(API_TOKENS.ID.eq(id.value()))
        .and(API_TOKENS.LAST_USED_AT.isNull().or(API_TOKENS.LAST_USED_AT.lt(at)))
        .execute();
  }
}
